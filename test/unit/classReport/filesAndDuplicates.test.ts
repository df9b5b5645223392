// Reading export files for the class report: bad files are reported by name with the
// store's reasons while the rest load, and an attempt found in two files counts once.
import { describe, expect, test } from 'vitest';
import { aggregateClass } from '../../../src/ui/classReport/aggregate.ts';
import { parseExportText, readExportFiles, type ExportFileLike } from '../../../src/ui/classReport/readExports.ts';
import { mergeStudents, studentLabel } from '../../../src/ui/classReport/students.ts';
import type { LoadedExport } from '../../../src/ui/classReport/types.ts';
import { CASE_IDS, caseInfos, fixtureText, loadAllFixtures, loadFixture } from './fixtures.ts';

const fileOf = (name: string, text: string, size = text.length): ExportFileLike => ({ name, size, text: async () => text });

describe('bad files', () => {
  test.each([
    { name: 'notes.txt', text: 'Alice’s results: 83', code: 'notJson' },
    { name: 'other-app.json', text: JSON.stringify({ app: 'quiz-maker', kind: 'progress', formatVersion: 1, attempts: [] }), code: 'notProgressFile' },
    { name: 'cut-off.json', text: fixtureText('alice.json').slice(0, 700), code: 'truncated' },
    { name: 'future.json', text: JSON.stringify({ app: 'loyalty-lab', kind: 'progress', formatVersion: 9, attempts: [] }), code: 'unsupportedVersion' },
  ])('$name is refused as $code', ({ name, text, code }) => {
    const outcome = parseExportText(name, text, CASE_IDS);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem).toMatchObject({ fileName: name, errors: [{ code }] });
  });

  test('a file over 20 MB is refused by its size, before it is read', async () => {
    let isRead = false;
    const huge: ExportFileLike = { name: 'huge.json', size: 20 * 1024 * 1024 + 1, text: async () => ((isRead = true), '{}') };
    const { loaded, problems } = await readExportFiles([huge], CASE_IDS);
    expect(loaded).toEqual([]);
    expect(problems).toEqual([{ fileName: 'huge.json', errors: [{ code: 'tooLarge', params: { maxMb: 20 } }] }]);
    expect(isRead).toBe(false);
  });

  test('a file the browser cannot read is reported with the reason', async () => {
    const broken: ExportFileLike = { name: 'locked.json', size: 10, text: () => Promise.reject(new Error('permission denied')) };
    const { problems } = await readExportFiles([broken], CASE_IDS);
    expect(problems).toEqual([{ fileName: 'locked.json', errors: [{ code: 'readFailed', params: { message: 'permission denied' } }] }]);
  });

  test('the good files among bad ones still load, in order', async () => {
    const { loaded, problems } = await readExportFiles(
      [
        fileOf('alice.json', fixtureText('alice.json')),
        fileOf('notes.txt', 'not json at all'),
        fileOf('li-bo.json', fixtureText('li-bo.json')),
        fileOf('cut-off.json', fixtureText('li-bo.json').slice(0, 300)),
        fileOf('student-3.json', fixtureText('student-3.json')),
      ],
      CASE_IDS,
    );
    expect(loaded.map((f) => f.fileName)).toEqual(['alice.json', 'li-bo.json', 'student-3.json']);
    expect(problems.map((p) => [p.fileName, p.errors.map((e) => e.code)])).toEqual([
      ['notes.txt', ['notJson']],
      ['cut-off.json', ['truncated']],
    ]);
    const report = aggregateClass(loaded, caseInfos());
    expect(report.cases.map((c) => [c.scenarioId, c.started, c.finished])).toEqual([
      ['coffee-card-example', 3, 3],
      ['vanity-number-penalty', 3, 1],
    ]);
  });
});

describe('duplicates', () => {
  test('the same file added twice changes nothing but the duplicate count', () => {
    const once = aggregateClass(loadAllFixtures(), caseInfos());
    const twice = aggregateClass([...loadAllFixtures(), loadFixture('alice.json'), loadFixture('student-3.json')], caseInfos());
    expect(twice.duplicateAttempts).toBe(5);
    expect(twice.students.map(studentLabel)).toEqual(once.students.map(studentLabel));
    expect(twice.cases).toEqual(once.cases);
    expect(twice.attemptCount).toBe(7);
  });

  test('an attempt in two exports counts once, as its newer copy', () => {
    // A later export of Alice's: her first coffee attempt reappears, updated since.
    const later: LoadedExport = structuredClone(loadFixture('alice.json', 'alice-later.json'));
    const first = later.attempts[0]!;
    first.updatedAt = '2025-04-03T09:00:00.000Z';
    first.scores = { ...first.scores!, total: 91, grade: 'A' };
    for (const files of [[...loadAllFixtures(), later], [later, ...loadAllFixtures()]]) {
      const report = aggregateClass(files, caseInfos());
      const coffee = report.cases.find((c) => c.scenarioId === 'coffee-card-example')!;
      expect(coffee.started).toBe(3);
      expect(coffee.total.count).toBe(3);
      expect(coffee.total.bins).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 1]); // 91 replaces 83
      expect(report.students[0]).toMatchObject({ name: 'Alice Wang', fileNames: expect.arrayContaining(['alice.json', 'alice-later.json']) });
      expect(report.students[0]!.cases['coffee-card-example']?.attempts).toBe(2);
    }
  });

  test('students without a name stay apart even when their files share a name', () => {
    const a = loadFixture('student-3.json', 'loyalty-lab-progress-2025-04-02.json');
    const b: LoadedExport = { ...loadFixture('li-bo.json', 'loyalty-lab-progress-2025-04-02.json'), learner: {} };
    const { students } = mergeStudents([a, b]);
    expect(students).toHaveLength(2);
    expect(students.map(studentLabel)).toEqual(['CRM-1 (loyalty-lab-progress-2025-04-02.json)', 'loyalty-lab-progress-2025-04-02.json']);
  });
});
