// Build-time index of lessons/ and scenarios/: the home page lists them without
// downloading the engine or any scenario file. A new file appears with no code change.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';
import type { Plugin } from 'vite';

export type Localized = { 'zh-CN': string; en: string };

export interface ScenarioEntry {
  file: string;
  id: string;
  version: number;
  lesson: string | null;
  title: Localized;
  summary: Localized;
}

export interface LessonEntry {
  slug: string;
  title: Localized;
  objectives: { 'zh-CN': string[]; en: string[] };
  scenarios: string[];
}

export interface ContentIndex {
  scenarios: ScenarioEntry[];
  lessons: LessonEntry[];
}

const LOCALES = ['zh-CN', 'en'] as const;

function asLocalized(value: unknown, fallback: string): Localized {
  const v = (value ?? {}) as Record<string, unknown>;
  const zh = typeof v['zh-CN'] === 'string' ? v['zh-CN'] : fallback;
  const en = typeof v.en === 'string' ? v.en : fallback;
  return { 'zh-CN': zh, en };
}

/** Splits `---\nyaml\n---\nbody` front matter; a file without it has empty front matter. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  const data = parse(match[1] ?? '') as unknown;
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: text.slice(match[0].length),
  };
}

function readScenarios(dir: string): ScenarioEntry[] {
  if (!existsSync(dir)) return [];
  const out: ScenarioEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!['.yaml', '.yml', '.json'].includes(extname(name))) continue;
    try {
      const doc = parse(readFileSync(join(dir, name), 'utf8'), { maxAliasCount: 100 }) as Record<string, unknown>;
      if (!doc || typeof doc !== 'object' || typeof doc.id !== 'string') continue;
      out.push({
        file: name,
        id: doc.id,
        version: typeof doc.version === 'number' ? doc.version : 1,
        lesson: typeof doc.lesson === 'string' ? doc.lesson : null,
        title: asLocalized(doc.title, doc.id),
        summary: asLocalized(doc.summary, ''),
      });
    } catch {
      // A broken file is reported by `npm run lab -- validate` and the tests; the index skips it.
    }
  }
  return out;
}

function readLessons(dir: string): LessonEntry[] {
  if (!existsSync(dir)) return [];
  const out: LessonEntry[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const folder = join(dir, slug);
    if (!statSync(folder).isDirectory()) continue;
    const title: Record<string, string> = {};
    const objectives: Record<string, string[]> = {};
    const scenarios = new Set<string>();
    for (const locale of LOCALES) {
      const file = join(folder, `lesson.${locale}.md`);
      if (!existsSync(file)) continue;
      const { data } = splitFrontMatter(readFileSync(file, 'utf8'));
      title[locale] = typeof data.title === 'string' ? data.title : slug;
      objectives[locale] = Array.isArray(data.objectives) ? data.objectives.map(String) : [];
      if (Array.isArray(data.scenarios)) for (const s of data.scenarios) scenarios.add(String(s));
    }
    if (Object.keys(title).length === 0) continue;
    out.push({
      slug,
      title: asLocalized(title, slug),
      objectives: { 'zh-CN': objectives['zh-CN'] ?? [], en: objectives.en ?? [] },
      scenarios: [...scenarios],
    });
  }
  return out;
}

export function buildContentIndex(root: string): ContentIndex {
  return { scenarios: readScenarios(join(root, 'scenarios')), lessons: readLessons(join(root, 'lessons')) };
}

const VIRTUAL_ID = 'virtual:content-index';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Vite plugin: `import index from 'virtual:content-index'`, rebuilt when content changes. */
export function contentIndexPlugin(root: string): Plugin {
  return {
    name: 'loyalty-lab-content-index',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(buildContentIndex(root))};`;
    },
    configureServer(server) {
      // Watch the content folders (addWatchFile on a folder breaks vitest's import analysis).
      server.watcher.add([join(root, 'scenarios'), join(root, 'lessons')]);
    },
    handleHotUpdate({ file, server }) {
      const rel = basename(file);
      if (/\.(ya?ml|json|md)$/.test(rel) && /[\\/](scenarios|lessons)[\\/]/.test(file)) {
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
