// Where the app gets lessons and scenario files: the build-time index for lists, and lazy
// loaders for the files (each its own small chunk): raw text, or a case compiled at build time.
import rawIndex from 'virtual:content-index';
import type { CompiledCase } from '../../../scripts/compile-cases.ts';
import type { ContentIndex } from '../../../scripts/content-index.ts';
import type { Locale } from '../../engine/locale.ts';

const index = rawIndex as ContentIndex;
export const contentIndex = index;

const scenarioFiles = import.meta.glob<string>('/scenarios/*.{yaml,yml,json}', { query: '?raw', import: 'default' });
// The same files compiled by the build (scripts/compile-cases.ts): validated, as compact JSON.
const compiledCases = import.meta.glob<CompiledCase>('/scenarios/*.{yaml,yml,json}', { query: '?compiled', import: 'default' });
// Lessons as HTML the build rendered and sanitised (scripts/prerender-markdown.ts).
const lessonHtml = import.meta.glob<string>('/lessons/*/lesson.*.md', { query: '?html', import: 'default' });

export function findScenario(id: string) {
  return index.scenarios.find((s) => s.id === id) ?? null;
}

export function findLesson(slug: string) {
  return index.lessons.find((l) => l.slug === slug) ?? null;
}

/** The raw text of a shipped scenario file, or null when there is no such scenario. */
export async function loadScenarioText(id: string): Promise<{ file: string; text: string } | null> {
  const entry = findScenario(id);
  const loader = entry ? scenarioFiles[`/scenarios/${entry.file}`] : undefined;
  if (!entry || !loader) return null;
  return { file: `scenarios/${entry.file}`, text: await loader() };
}

/**
 * A shipped scenario as the build compiled it, or null when there is no such scenario.
 * Only dev and test builds can hold a case with problems: `vite build` fails on one.
 */
export async function loadCompiledCase(id: string): Promise<CompiledCase | null> {
  const entry = findScenario(id);
  const loader = entry ? compiledCases[`/scenarios/${entry.file}`] : undefined;
  return entry && loader ? loader() : null;
}

/** A lesson's body as sanitised HTML in `locale`, or the other language's. */
export async function loadLessonHtml(slug: string, locale: Locale): Promise<string | null> {
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const loader = lessonHtml[`/lessons/${slug}/lesson.${locale}.md`] ?? lessonHtml[`/lessons/${slug}/lesson.${other}.md`];
  return loader ? loader() : null;
}
