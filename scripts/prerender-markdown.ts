// Markdown rendered and sanitised at build time, exactly as the browser would (the same
// marked and DOMPurify settings, DOMPurify on a jsdom window), so pages ship finished HTML.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { splitMarkdownFrontMatter } from '../src/ui/content/frontMatter.ts';
import { renderMarkdownWith } from '../src/ui/content/markdown.ts';

let purify: ReturnType<typeof createDOMPurify> | null = null;

export function prerenderMarkdown(source: string): string {
  purify ??= createDOMPurify(new JSDOM('').window);
  return renderMarkdownWith(purify, source);
}

/** Fields the player renders as Markdown (Player.svelte); any other Markdown renders in the browser. */
const MARKDOWN_FIELDS = new Set(['body']);

/** Every Markdown text of a scenario (each language of every `body`, wherever it sits), rendered: source → HTML. */
export function prerenderScenarioMarkdown(scenario: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (value: unknown, key: string | null): void => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, null));
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (key !== null && MARKDOWN_FIELDS.has(key) && typeof v === 'string') out[v] ??= prerenderMarkdown(v);
      else visit(v, k);
    }
  };
  visit(scenario, null);
  return out;
}

/** Vite plugin: `import('/lessons/x/lesson.en.md?html')` is the lesson's body as finished HTML. */
export function prerenderedLessonsPlugin(): Plugin {
  return {
    name: 'loyalty-lab-prerendered-lessons',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?', 2);
      if (query !== 'html' || !path?.endsWith('.md')) return undefined;
      this.addWatchFile(path);
      return `export default ${JSON.stringify(prerenderMarkdown(splitMarkdownFrontMatter(readFileSync(path, 'utf8'))))};`;
    },
  };
}
