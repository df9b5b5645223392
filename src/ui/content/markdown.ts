// Markdown from lessons and scenario files becomes HTML through marked, then DOMPurify:
// no script, event handler or javascript: URL from a file can reach the page. Case text
// comes from anyone with a share link, so it may not position, overlay or restyle the page
// either: only the tags and attributes Markdown itself produces are kept (docs/authoring.md).
import { marked } from 'marked';
import DOMPurify from 'dompurify';
import { sectionsAsHtml } from './sections.ts';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'del', 's', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
  // A marked section (sections.ts) arrives as <details data-section="…">: it folds, never overlays.
  'details', 'summary',
];

/**
 * What DOMPurify lets through; the build's pre-rendering (scripts/prerender-markdown.ts) uses
 * the same. No `style`, `class` or `id`: they would let case text cover the page or borrow
 * the app's styles and ids.
 */
export const SANITIZE_OPTIONS = { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title', 'align', 'start', 'data-section'], ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false };

/** Markdown → sanitised HTML with the given DOMPurify (the browser's, or one on jsdom at build time). */
export function renderMarkdownWith(purify: Pick<typeof DOMPurify, 'sanitize'>, source: string): string {
  // Marker comments (sections.ts) would be sanitised away: they become <details data-section> first.
  const html = marked.parse(sectionsAsHtml(source), { async: false, gfm: true });
  return purify.sanitize(html, SANITIZE_OPTIONS);
}

export function renderMarkdown(source: string): string {
  return renderMarkdownWith(DOMPurify, source);
}
