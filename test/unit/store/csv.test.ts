// The results CSV, byte for byte: BOM, header with extra dimensions, RFC 4180 quoting,
// CRLF line ends, and formula-looking cells defused.
import { describe, expect, it } from 'vitest';
import { attemptsToCsv, guardFormula, quoteField } from '../../../src/store/csv.ts';
import { attemptFixture } from './fixtures.ts';

describe('attemptsToCsv', () => {
  it('writes the exact file for a fixture', () => {
    const csv = attemptsToCsv([
      attemptFixture({ id: 'one', scenarioId: 'mrs-smith', scenarioVersion: 2 }),
      attemptFixture({
        id: 'two',
        scenarioId: '=HYPERLINK("http://x.example","点我")',
        scores: { dimensions: { value: 55.5, relationship: 0, ethics: 100, insight: 12, recovery: 40, 'z-extra': 1 }, total: 41.3, grade: '优, "好"' },
      }),
      attemptFixture({ id: 'three', scenarioId: 'vanity-number', status: 'in-progress', finishedAt: null, scores: null }),
    ]);
    expect(csv).toBe(
      '\uFEFF' +
        'scenario,version,started,finished,total,grade,value,relationship,ethics,insight,recovery,z-extra\r\n' +
        'mrs-smith,2,2025-03-01T09:00:00.000Z,2025-03-01T09:03:00.000Z,75,B,70,80,90,60,,\r\n' +
        `"'=HYPERLINK(""http://x.example"",""点我"")",1,2025-03-01T09:00:00.000Z,2025-03-01T09:03:00.000Z,41.3,"优, ""好""",55.5,0,100,12,40,1\r\n` +
        'vanity-number,1,2025-03-01T09:00:00.000Z,,,,,,,,,\r\n',
    );
  });

  it('with no attempts is the header alone', () => {
    expect(attemptsToCsv([])).toBe('\uFEFFscenario,version,started,finished,total,grade,value,relationship,ethics,insight\r\n');
  });
});

describe('cell rules', () => {
  it.each([
    { input: '=1+2', expected: "'=1+2" },
    { input: '+33 1', expected: "'+33 1" },
    { input: '-2', expected: "'-2" },
    { input: '@SUM(A1)', expected: "'@SUM(A1)" },
    { input: '\tcmd', expected: "'\tcmd" },
    { input: 'a=b', expected: 'a=b' },
    { input: '客户', expected: '客户' },
  ])('guardFormula($input)', ({ input, expected }) => {
    expect(guardFormula(input)).toBe(expected);
  });

  it.each([
    { input: 'plain', expected: 'plain' },
    { input: 'a,b', expected: '"a,b"' },
    { input: 'say "hi"', expected: '"say ""hi"""' },
    { input: 'two\nlines', expected: '"two\nlines"' },
    { input: 'cr\r', expected: '"cr\r"' },
  ])('quoteField($input)', ({ input, expected }) => {
    expect(quoteField(input)).toBe(expected);
  });
});
