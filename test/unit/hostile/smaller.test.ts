// The smaller findings of issue 22 (finding 9): non-finite numbers, collection keys, CSV cells.
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { guardFormula } from '../../../src/store/csv.ts';
import { MINIMAL } from '../engine/fixtures.ts';

const lineOf = (text: string, pattern: string) => text.split('\n').findIndex((l) => l.includes(pattern)) + 1;

describe('non-finite numbers', () => {
  it.each([
    ['weight: .inf', MINIMAL.replace('weight: 2', 'weight: .inf')],
    ['formula: .inf', MINIMAL.replace('formula: revenue * 4', 'formula: .inf')],
    ['default: -.inf', MINIMAL.replace('default: 10', 'default: -.inf')],
    ['initial: .nan', MINIMAL.replace('initial: 0', 'initial: .nan')],
  ])('%s is refused at its line', (what, text) => {
    const result = loadScenario(text);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'not-finite', line: lineOf(text, what) }] });
  });
});

describe('a mapping key that is a collection', () => {
  it('is a located issue, and nothing is printed', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const log = vi.spyOn(console, 'warn');
    const text = `${MINIMAL}extra:\n  ? [a, b]\n  : 1\n`;
    const result = loadScenario(text);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'collection-key', line: lineOf(text, '? [a, b]'), col: 5 }] });
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    warn.mockRestore();
    log.mockRestore();
  });
});

describe('CSV cells a spreadsheet would run', () => {
  it.each([' =HYPERLINK("x")', '  +1', '\u3000=1', '＝1+1', '＋1', '－1', '＠SUM(A1)', ' ＝1'])('%j is made text', (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });
  it.each(['Li Hua', '李华', 'a=b', '1-2'])('%j is left as it is', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });
});

describe('a dimension weight (found by the fuzz test)', () => {
  it('above 1,000 is refused: 1e308 made the weighted total Infinity', () => {
    const text = MINIMAL.replace('weight: 2', 'weight: 1e308');
    expect(loadScenario(text)).toMatchObject({ ok: false, issues: [{ code: 'too-large', params: { max: 1000 }, line: lineOf(text, 'weight: 1e308') }] });
    expect(loadScenario(MINIMAL.replace('weight: 2', 'weight: 1000')).ok).toBe(true);
  });
});
