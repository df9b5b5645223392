// The built page carries a strict Content-Security-Policy: no eval, no inline script, and
// the browser really enforces it (an injected inline script is refused).
import { expect, test } from 'vitest';
import { openApp } from './helpers.ts';

/** 'script-src a b; style-src c' → { 'script-src': ['a', 'b'], 'style-src': ['c'] } */
function parsePolicy(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = values;
  }
  return directives;
}

test('the CSP meta tag forbids eval and inline script, and the page obeys it', async () => {
  const { page, consoleErrors } = await openApp('#/', { locale: 'en-US' });
  const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
  expect(await metas.count()).toBe(1);
  const policy = (await metas.getAttribute('content')) ?? '';
  const directives = parsePolicy(policy);

  expect(policy).not.toContain("'unsafe-eval'");
  expect(directives['script-src']).toEqual(["'self'"]);
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);

  // Every script in the page is a file: an inline one would be blocked and break the app.
  const inlineScripts = await page.locator('script:not([src])').count();
  expect(inlineScripts).toBe(0);

  expect(consoleErrors).toEqual([]);

  // The browser enforces it: an injected inline script is refused and reported.
  const probe = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violations: string[] }>((done) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
        document.head.append(script);
        setTimeout(() => done({ ran: document.documentElement.dataset.inlineRan === 'yes', violations }), 200);
      }),
  );
  expect(probe).toEqual({ ran: false, violations: ['script-src-elem'] });
});
