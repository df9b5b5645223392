// "Make a copy to edit": the copy gets its own id (`<id>-copy`, then `-copy-2`, …) and a
// title marked as a copy in both languages, written into the text so the rest of the
// file (comments, layout) stays as the original author wrote it.
import { readEditable } from './editable.ts';
import { writeYamlValue } from './yamlEdit.ts';

/** The engine's limit on a scenario id. */
const MAX_ID_LENGTH = 80;
export const COPY_TITLE_SUFFIX = { en: ' (copy)', 'zh-CN': '（副本）' } as const;

/** A free id for the copy: `<id>-copy`, else `<id>-copy-2`, `-copy-3`, … */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = id.slice(0, MAX_ID_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

export type CopyResult = { ok: true; text: string; id: string } | { ok: false };

export function copyScenarioText(text: string, taken: ReadonlySet<string> = new Set()): CopyResult {
  const read = readEditable(text);
  if (!read.ok || !read.scenario.id) return { ok: false };
  const id = copyId(read.scenario.id, taken);
  let result = writeYamlValue(text, ['id'], id);
  for (const locale of ['en', 'zh-CN'] as const) {
    const title = read.scenario.title[locale];
    if (result.ok && title !== null) result = writeYamlValue(result.text, ['title', locale], title + COPY_TITLE_SUFFIX[locale]);
  }
  return result.ok ? { ok: true, text: result.text, id } : { ok: false };
}
