// The class table as CSV: a header in the teacher's words, one row per student with best
// total, grade and status per case, a BOM, CRLF lines, quoting and the formula guard.
import { expect, test } from 'vitest';
import { aggregateClass } from '../../../src/ui/classReport/aggregate.ts';
import { classCsvFileName, classTableCsv, type ClassCsvLabels } from '../../../src/ui/classReport/classCsv.ts';
import type { LoadedExport } from '../../../src/ui/classReport/types.ts';
import { caseInfos, loadAllFixtures, loadFixture } from './fixtures.ts';

const labels: ClassCsvLabels = {
  student: 'Student',
  classCode: 'Class code',
  caseTitle: (id) => (id === 'coffee-card-example' ? 'Coffee, card' : id),
  total: (t) => `${t}: best total`,
  grade: (t) => `${t}: grade`,
  status: (t) => `${t}: status`,
  statusOf: (cell) => (!cell ? 'not started' : cell.isFinished ? 'finished' : 'in progress'),
};

test('one row per student, three columns per case', () => {
  const csv = classTableCsv(aggregateClass(loadAllFixtures(), caseInfos()), labels);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.slice(1).split('\r\n')).toEqual([
    'Student,Class code,"Coffee, card: best total","Coffee, card: grade","Coffee, card: status",vanity-number-penalty: best total,vanity-number-penalty: grade,vanity-number-penalty: status',
    'Alice Wang,CRM-1,83,B,finished,86.1,A,finished',
    'CRM-1 (student-3.json),CRM-1,72.5,B,finished,,,in progress',
    '李博,CRM-1,38.8,D,finished,,,in progress',
    '',
  ]);
});

test('a student who never opened a case gets empty cells and "not started"; formulas are defused', () => {
  const mallory: LoadedExport = { ...loadFixture('li-bo.json'), learner: { name: '=HYPERLINK("x")', classCode: '+1' } };
  mallory.attempts = mallory.attempts.filter((a) => a.scenarioId === 'coffee-card-example');
  const csv = classTableCsv(aggregateClass([loadFixture('alice.json'), mallory], caseInfos()), labels);
  const rows = csv.slice(1).split('\r\n');
  expect(rows[1]).toBe('"\'=HYPERLINK(""x"")",\'+1,38.8,D,finished,,,not started');
});

test('the file is named by the teacher’s calendar day', () => {
  expect(classCsvFileName(new Date(2025, 3, 2, 23, 30))).toBe('loyalty-lab-class-2025-04-02.csv');
});
