// Markdown on the page: a text the build pre-rendered shows at once; any other text is
// rendered (and sanitised) in the browser once marked and DOMPurify have loaded.
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { addPrerendered } from '../../../src/ui/content/prerendered.ts';
import Markdown from '../../../src/ui/content/Markdown.svelte';

test('pre-rendered HTML is used as it is, with no wait', () => {
  addPrerendered({ 'a **shipped** text': '<p>a <strong>shipped</strong> text</p>' });
  render(Markdown, { source: 'a **shipped** text' });
  expect(screen.getByText('shipped').tagName).toBe('STRONG');
});

test('other Markdown renders after the renderer loads, sanitised', async () => {
  const { container } = render(Markdown, { source: 'a *draft* text <img src="x" onerror="alert(1)">' });
  expect((await screen.findByText('draft')).tagName).toBe('EM');
  expect(container.innerHTML).not.toContain('onerror');
});
