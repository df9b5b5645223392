// Markdown from lessons and scenario files becomes HTML through marked, then DOMPurify:
// no script, event handler or javascript: URL from a file can reach the page.
import { marked } from 'marked';
import DOMPurify from 'dompurify';

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form'] });
}
