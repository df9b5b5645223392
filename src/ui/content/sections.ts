// Marked sections of a Markdown text: a line holding only `<!-- after-debrief -->` or
// `<!-- scoring-rules -->` starts a section that runs to the next marker, `<!-- end -->`, or
// the end of the text. Plain HTML comments, so any other Markdown reader simply skips them.
export const SectionMarkerValues = ['after-debrief', 'scoring-rules'] as const;
export type SectionMarker = (typeof SectionMarkerValues)[number];

export interface MarkedText {
  /** Everything outside marked sections, in order. */
  main: string;
  /** Each marker's sections joined in order; absent when the text has none. */
  sections: Partial<Record<SectionMarker, string>>;
}

const MARKER_LINE = /^[ \t]*<!--[ \t]*([a-z-]+)[ \t]*-->[ \t]*$/;

/** One stretch of the text: unmarked (null) or inside a marker's section. */
export interface MarkedPart {
  marker: SectionMarker | null;
  text: string;
}

/** The text cut at marker lines, in order; empty stretches are dropped. */
export function markedParts(markdown: string): MarkedPart[] {
  const parts: { marker: SectionMarker | null; lines: string[] }[] = [{ marker: null, lines: [] }];
  for (const line of markdown.split('\n')) {
    const name = MARKER_LINE.exec(line)?.[1];
    if (name === 'end' || (name && (SectionMarkerValues as readonly string[]).includes(name))) {
      parts.push({ marker: name === 'end' ? null : (name as SectionMarker), lines: [] });
      continue;
    }
    parts.at(-1)!.lines.push(line);
  }
  return parts.map((p) => ({ marker: p.marker, text: p.lines.join('\n').trim() })).filter((p) => p.text !== '');
}

export function splitSections(markdown: string): MarkedText {
  const parts = markedParts(markdown);
  const sections: Partial<Record<SectionMarker, string>> = {};
  for (const part of parts) {
    if (part.marker) sections[part.marker] = sections[part.marker] === undefined ? part.text : `${sections[part.marker]}\n\n${part.text}`;
  }
  const main = parts.filter((p) => p.marker === null).map((p) => p.text).join('\n\n');
  return { main, sections };
}

/** An `after-debrief` section as a <details data-section="after-debrief"> block, which the
 * sanitiser keeps (comments it would drop); afterDebriefHtml then hides, folds or opens it. */
export function sectionsAsHtml(markdown: string): string {
  if (!markdown.includes('after-debrief')) return markdown;
  return markedParts(markdown)
    .map((p) => (p.marker === 'after-debrief' ? `<details data-section="after-debrief">\n\n${p.text}\n\n</details>` : p.text))
    .join('\n\n');
}

const AFTER_DEBRIEF_BLOCK = /<details data-section="after-debrief">[\s\S]*?<\/details>/g;
const AFTER_DEBRIEF_OPEN = /<details data-section="after-debrief">/g;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Rendered HTML with its after-debrief sections left out ("hide", counted), folded under
 * `summary` ("collapse"), or folded but open ("show").
 */
export function afterDebriefHtml(html: string, mode: 'hide' | 'collapse' | 'show', summary: string): { html: string; hidden: number } {
  if (mode === 'hide') {
    const hidden = html.match(AFTER_DEBRIEF_BLOCK)?.length ?? 0;
    return { html: html.replace(AFTER_DEBRIEF_BLOCK, ''), hidden };
  }
  const open = mode === 'show' ? ' open' : '';
  return { html: html.replace(AFTER_DEBRIEF_OPEN, `<details data-section="after-debrief" class="after-debrief"${open}><summary>${escapeHtml(summary)}</summary>`), hidden: 0 };
}
