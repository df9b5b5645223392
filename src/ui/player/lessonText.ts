// The lesson shown beside a case sits under the step's own h1, so its headings move one
// level down (# → ##): one h1 per page, and the step heading stays the page's first.
export function demoteHeadings(markdown: string): string {
  return markdown.replace(/^(#{1,5})(?=[ \t])/gm, '#$1');
}

