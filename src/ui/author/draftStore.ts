// What the authoring pages need from the store (progress.ts in the app; a test store in
// tests), and small helpers on drafts: the name to show and the file name to download.
import type { Locale } from '../../engine/locale.ts';
import { ID_PATTERN } from '../../engine/scenario/schema.ts';
import type { Progress } from '../../store/progress.ts';
import type { Draft } from '../../store/types.ts';
import { readEditable } from './editable.ts';

export type DraftStore = Pick<Progress, 'saveDraft' | 'getDraft' | 'listDrafts' | 'deleteDraft'>;
export type { Draft };

/** The scenario's title in `locale` (else the other language, the id, the saved title). */
export function draftTitle(text: string, locale: Locale, fallback = '', known?: ReturnType<typeof readEditable>): string {
  const read = known ?? readEditable(text);
  if (!read.ok) return fallback;
  const { title, id } = read.scenario;
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return title[locale]?.trim() || title[other]?.trim() || id || fallback;
}

/** `<id>.yaml` for a draft whose id is usable as a file name; `scenario.yaml` otherwise. */
export function draftFileName(text: string): string {
  const read = readEditable(text);
  const id = read.ok ? read.scenario.id : null;
  return `${id && ID_PATTERN.test(id) ? id : 'scenario'}.yaml`;
}

/** Scenario ids already used by drafts, so a new copy can take a free one. */
export function draftIds(drafts: readonly Draft[]): Set<string> {
  const ids = new Set<string>();
  for (const draft of drafts) {
    const read = readEditable(draft.text);
    if (read.ok && read.scenario.id) ids.add(read.scenario.id);
  }
  return ids;
}
