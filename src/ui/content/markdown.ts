// Markdown from lessons and scenario files becomes HTML through marked, then DOMPurify:
// no script, event handler or javascript: URL from a file can reach the page.
import { marked } from 'marked';
import DOMPurify from 'dompurify';
import { sectionsAsHtml } from './sections.ts';

/** What DOMPurify lets through; the build's pre-rendering (scripts/prerender-markdown.ts) uses the same. */
export const SANITIZE_OPTIONS = { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form'] };

/** Markdown → sanitised HTML with the given DOMPurify (the browser's, or one on jsdom at build time). */
export function renderMarkdownWith(purify: Pick<typeof DOMPurify, 'sanitize'>, source: string): string {
  // Marker comments (sections.ts) would be sanitised away: they become <details data-section> first.
  const html = marked.parse(sectionsAsHtml(source), { async: false, gfm: true });
  return purify.sanitize(html, SANITIZE_OPTIONS);
}

export function renderMarkdown(source: string): string {
  return renderMarkdownWith(DOMPurify, source);
}
