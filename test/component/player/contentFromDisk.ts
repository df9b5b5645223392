// A stand-in for src/ui/content/content.ts in component tests, reading the same files from
// disk: under vitest the `virtual:content-index` module fails to load (its plugin's watched
// folders are taken for imports), so tests use `vi.mock(…content.ts, () => import(this))`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compiledOrIssues, type CompiledCase } from '../../../scripts/compile-cases.ts';
import { buildContentIndex } from '../../../scripts/content-index.ts';
import { prerenderMarkdown } from '../../../scripts/prerender-markdown.ts';
import type { Locale } from '../../../src/engine/locale.ts';
import { splitMarkdownFrontMatter } from '../../../src/ui/content/frontMatter.ts';

const root = resolve(import.meta.dirname, '../../..');
export const contentIndex = buildContentIndex(root);

export function findScenario(id: string) {
  return contentIndex.scenarios.find((s) => s.id === id) ?? null;
}

export function findLesson(slug: string) {
  return contentIndex.lessons.find((l) => l.slug === slug) ?? null;
}

export async function loadScenarioText(id: string): Promise<{ file: string; text: string } | null> {
  const entry = findScenario(id);
  if (!entry) return null;
  return { file: `scenarios/${entry.file}`, text: readFileSync(resolve(root, 'scenarios', entry.file), 'utf8') };
}

export async function loadLessonHtml(slug: string, locale: Locale): Promise<string | null> {
  for (const l of [locale, locale === 'en' ? 'zh-CN' : 'en']) {
    try {
      return prerenderMarkdown(splitMarkdownFrontMatter(readFileSync(resolve(root, 'lessons', slug, `lesson.${l}.md`), 'utf8')));
    } catch {
      // try the other language
    }
  }
  return null;
}

/** What the build's compiled-case module holds for scenario text (problems included, as in dev). */
export function compiledFromText(file: string, text: string): CompiledCase {
  return compiledOrIssues(text, file);
}

export async function loadCompiledCase(id: string): Promise<CompiledCase | null> {
  const found = await loadScenarioText(id);
  return found ? compiledFromText(found.file, found.text) : null;
}
