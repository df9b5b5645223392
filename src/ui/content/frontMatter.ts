// Drops the `---` front matter block from a lesson file; the build-time index already
// read it, so the browser does not need a YAML parser for lessons.
export function splitMarkdownFrontMatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text);
  return match ? text.slice(match[0].length) : text;
}
