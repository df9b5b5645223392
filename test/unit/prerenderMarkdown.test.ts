// Markdown pre-rendered at build time is sanitised like the browser's rendering, and a
// lesson shown inside the player moves its headings one level down.
import { expect, test } from 'vitest';
import { prerenderMarkdown, prerenderScenarioMarkdown } from '../../scripts/prerender-markdown.ts';
import { demoteHtmlHeadings } from '../../src/ui/content/prerendered.ts';

test('Markdown becomes HTML, and nothing that could run survives', () => {
  expect(prerenderMarkdown('**bold** and *it*')).toBe('<p><strong>bold</strong> and <em>it</em></p>\n');
  const html = prerenderMarkdown('<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror="alert(1)">');
  expect(html).not.toMatch(/<script|javascript:|onerror/i);
});

test('only the texts of `body` fields, each language once', () => {
  const scenario = {
    title: { 'zh-CN': '标题', en: 'Title' },
    steps: [
      { id: 'a', body: { 'zh-CN': '**你好**', en: 'Hello' }, options: [{ feedback: { en: 'Not me' } }] },
      { id: 'b', body: { 'zh-CN': '**你好**', en: 'Bye' } },
    ],
  };
  expect(prerenderScenarioMarkdown(scenario)).toEqual({
    '**你好**': '<p><strong>你好</strong></p>\n',
    Hello: '<p>Hello</p>\n',
    Bye: '<p>Bye</p>\n',
  });
});

test('headings move one level down, h6 stays', () => {
  expect(demoteHtmlHeadings('<h1 id="a">A</h1><h2>B</h2><h5>E</h5><h6>F</h6><hr><p>h1</p>')).toBe(
    '<h2 id="a">A</h2><h3>B</h3><h6>E</h6><h6>F</h6><hr><p>h1</p>',
  );
});
