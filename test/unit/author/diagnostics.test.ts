// Validation issues → editor marks: line and column become character offsets, out-of-text
// places are clamped, and the message follows the teacher's language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import type { ScenarioIssue } from '../../../src/engine/scenario/issues.ts';
import { issueMarks, lineStarts, markRange } from '../../../src/ui/author/diagnostics.ts';

const TEXT = 'id: x\n  title: bad   \n\nlast';
const starts = lineStarts(TEXT);

describe('markRange', () => {
  test.each([
    { name: 'first column of line 1', line: 1, col: 1, expected: { from: 0, to: 5, line: 1, col: 1 } },
    { name: 'inside line 2, to its last non-space character', line: 2, col: 3, expected: { from: 8, to: 18, line: 2, col: 3 } },
    { name: 'line 0 (no place) goes on line 1', line: 0, col: 0, expected: { from: 0, to: 5, line: 1, col: 1 } },
    { name: 'an empty line gives an empty range', line: 3, col: 1, expected: { from: 22, to: 22, line: 3, col: 1 } },
    { name: 'past the last line: the last line', line: 99, col: 2, expected: { from: 24, to: 27, line: 4, col: 2 } },
    { name: 'past the end of a line: just after its last character', line: 1, col: 40, expected: { from: 5, to: 5, line: 1, col: 6 } },
  ])('$name', ({ line, col, expected }) => {
    expect(markRange(TEXT, starts, line, col)).toEqual(expected);
    expect(TEXT.slice(expected.from, expected.to)).toBe(TEXT.slice(expected.from, expected.to).trimEnd());
  });

  test('a Windows line end is not part of the line', () => {
    const text = 'a: 1\r\nb: 2\r\n';
    expect(markRange(text, lineStarts(text), 1, 1)).toEqual({ from: 0, to: 4, line: 1, col: 1 });
  });
});

describe('issueMarks on a real validation', () => {
  const coffee = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');
  // An unknown field under the title, where a teacher mistyped `en`.
  const broken = coffee.replace(/^title:\n(\s+)zh-CN: (.*)\n\s+en: /m, 'title:\n$1zh-CN: $2\n$1eng: ');

  test('the mark sits on the mistyped key, with the message in either language', () => {
    const loaded = loadScenario(broken);
    if (loaded.ok) throw new Error('expected problems');
    const issues = loaded.issues.filter((i) => i.code === 'unknown-field');
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    const [mark] = issueMarks(broken, issues, 'en');
    expect(mark!.line).toBe(issue.line);
    expect(broken.split('\n')[mark!.line - 1]!.trim().startsWith('eng:')).toBe(true);
    expect(broken.slice(mark!.from, mark!.from + 4)).toBe('eng:');
    expect(mark!.message).toBe('title.eng: unknown field “eng” (check its spelling and indentation)');
    expect(issueMarks(broken, issues, 'zh-CN')[0]!.message).toBe('title.eng: 未知字段“eng”（请检查拼写和缩进）');
  });

  test('a problem without a path shows just its message', () => {
    const issue: ScenarioIssue = { code: 'file-too-large', params: { size: 2_000_000, max: 1_048_576 }, path: [], line: 0, col: 0 };
    expect(issueMarks('id: x\n', [issue], 'en')).toEqual([{ from: 0, to: 5, line: 1, col: 1, message: 'the file is 2000000 bytes; the limit is 1048576 bytes' }]);
  });
});
