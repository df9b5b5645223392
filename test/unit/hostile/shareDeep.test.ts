// A share link carrying a 1 MB nested list is refused quickly with the nesting message, not
// an internal error (issue 22, finding 9).
import { describe, expect, it } from 'vitest';
import { encodeShareLink } from '../../../src/engine/share/shareLink.ts';
import { readSharedCase } from '../../../src/ui/share/openShared.ts';
import { MINIMAL } from '../engine/fixtures.ts';

describe('a share link with a deeply nested list', () => {
  it.each([
    ['flow', `${MINIMAL}extra: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`],
    ['block', `${MINIMAL}extra:\n  ${'- '.repeat(500_000)}x\n`],
  ])('%s style: refused as too deep in under a second', (_style, text) => {
    const link = encodeShareLink(text.slice(0, 1024 * 1024 - 1));
    if (!link.ok) throw new Error('the text compresses into a link');
    const started = performance.now();
    const shared = readSharedCase(link.payload, () => false);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(shared).toMatchObject({ kind: 'invalid', issues: [{ code: 'too-deep' }] });
  });
});
