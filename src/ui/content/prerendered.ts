// Markdown the build already rendered and sanitised (scripts/prerender-markdown.ts), by its
// source text: a shipped case's texts show at once without downloading marked and DOMPurify.
const bySource = new Map<string, string>();

export function addPrerendered(html: Record<string, string> | undefined): void {
  for (const [source, rendered] of Object.entries(html ?? {})) bySource.set(source, rendered);
}

export function prerenderedHtml(source: string): string | undefined {
  return bySource.get(source);
}

/** One level down (h1 → h2 …): a lesson inside the player sits under the step's own h1. */
export function demoteHtmlHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
