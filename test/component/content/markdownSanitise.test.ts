// Case text may not position, overlay or restyle the page (issue 22, finding 3): no `style`,
// `class` or `id` attribute and no form control survives; ordinary Markdown does.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/ui/content/markdown.ts';

function fragment(source: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderMarkdown(source);
  return host;
}

describe('renderMarkdown', () => {
  it('drops an inline style that would cover the page and take every click', () => {
    const host = fragment('<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Session expired</div>');
    expect(host.querySelector('[style]')).toBeNull();
    expect(host.innerHTML).not.toContain('position');
    expect(host.textContent).toContain('Session expired');
  });

  it('drops class and id, which would borrow the app’s own styles or clash with its ids', () => {
    const host = fragment('<p class="sr-only visually-hidden" id="main">text</p>\n\n<span class="notice">x</span>');
    expect(host.querySelector('[class]')).toBeNull();
    expect(host.querySelector('[id]')).toBeNull();
  });

  it('drops style elements, forms and form controls (a fake password prompt)', () => {
    const host = fragment('<style>body{display:none}</style><form><input type="password" placeholder="Password"><button>Sign in</button><textarea></textarea><select><option>a</option></select></form><dialog open>x</dialog>');
    for (const tag of ['style', 'form', 'input', 'button', 'textarea', 'select', 'dialog']) expect(host.querySelector(tag)).toBeNull();
  });

  it('keeps ordinary Markdown: headings, emphasis, lists, links, tables, code', () => {
    const host = fragment('## Title\n\n*a* **b** `c`\n\n- one\n- two\n\n[site](https://example.org "t")\n\n| x | y |\n|:-|-:|\n| 1 | 2 |\n');
    expect(host.querySelector('h2')?.textContent).toBe('Title');
    expect(host.querySelectorAll('li')).toHaveLength(2);
    expect(host.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
    expect(host.querySelector('a')?.getAttribute('title')).toBe('t');
    expect(host.querySelector('td')?.getAttribute('align')).toBe('left');
    expect(host.querySelector('em')?.textContent).toBe('a');
    expect(host.querySelector('code')?.textContent).toBe('c');
  });
});
