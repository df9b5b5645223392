// Marked Markdown sections (docs/authoring.md, "Sections that open later"): the lesson's
// worked answer and the debrief's scoring rules are lifted out of the running text.
import { expect, test } from 'vitest';
import { markedParts, splitSections } from '../../../src/ui/content/sections.ts';

test('a marker runs to <!-- end -->, and the text after it is main text again', () => {
  const text = ['# Lesson', 'Before.', '<!-- after-debrief -->', '## Worked answer', '221,000–416,000', '<!-- end -->', '## Sources', 'Timm.'].join('\n');
  expect(splitSections(text)).toEqual({
    main: '# Lesson\nBefore.\n\n## Sources\nTimm.',
    sections: { 'after-debrief': '## Worked answer\n221,000–416,000' },
  });
});

test('a marker runs to the next marker or the end; two of a kind are joined; spaces are allowed', () => {
  const text = 'What happened.\n\n  <!--  scoring-rules -->\nRule one.\n<!-- after-debrief -->\nSpoiler.\n<!-- scoring-rules -->\nRule two.';
  expect(splitSections(text)).toEqual({
    main: 'What happened.',
    sections: { 'scoring-rules': 'Rule one.\n\nRule two.', 'after-debrief': 'Spoiler.' },
  });
});

test('text without markers, unknown comments and inline comments stay as they are', () => {
  const text = 'One <!-- after-debrief --> line.\n<!-- a note for authors -->\nTwo.';
  expect(splitSections(text)).toEqual({ main: text, sections: {} });
});

test('the parts keep their order, so a section can be shown where it stands', () => {
  const text = 'A\n<!-- after-debrief -->\nB\n<!-- end -->\nC';
  expect(markedParts(text)).toEqual([
    { marker: null, text: 'A' },
    { marker: 'after-debrief', text: 'B' },
    { marker: null, text: 'C' },
  ]);
});

test('an after-debrief section survives sanitising as <details>, then hides, folds or opens', async () => {
  const { sectionsAsHtml, afterDebriefHtml } = await import('../../../src/ui/content/sections.ts');
  const source = 'A\n<!-- after-debrief -->\n## Worked\n221,000\n<!-- end -->\nC';
  expect(sectionsAsHtml(source)).toBe('A\n\n<details data-section="after-debrief">\n\n## Worked\n221,000\n\n</details>\n\nC');
  const html = '<p>A</p><details data-section="after-debrief"><h2>Worked</h2><p>221,000</p></details><p>C</p>';
  expect(afterDebriefHtml(html, 'hide', 'x')).toEqual({ html: '<p>A</p><p>C</p>', hidden: 1 });
  expect(afterDebriefHtml(html, 'collapse', 'Worked <answer>').html).toBe(
    '<p>A</p><details data-section="after-debrief" class="after-debrief"><summary>Worked &lt;answer&gt;</summary><h2>Worked</h2><p>221,000</p></details><p>C</p>',
  );
  expect(afterDebriefHtml(html, 'show', 'S').html).toContain('<details data-section="after-debrief" class="after-debrief" open><summary>S</summary>');
});
