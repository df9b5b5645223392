// Markdown from lessons and scenario files becomes HTML through marked, then DOMPurify:
// no script, event handler or javascript: URL from a file can reach the page. Case text
// comes from anyone with a share link, so it may not position, overlay or restyle the page
// either: only the tags and attributes Markdown itself produces are kept (docs/authoring.md).
import { marked } from 'marked';
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'del', 's', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
];
/** No `style`, `class` or `id`: they would let case text cover the page or borrow the app's styles and ids. */
const ALLOWED_ATTR = ['href', 'title', 'align', 'start'];

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false });
}
