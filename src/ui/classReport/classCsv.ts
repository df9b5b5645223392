// The class table as CSV for a gradebook: one row per student, per case the best finished
// total, its grade and the status. RFC 4180 quoting, CRLF, a UTF-8 BOM and the formula guard
// come from the store's CSV helpers, so both exports behave the same in a spreadsheet.
import { CSV_BOM, guardFormula, quoteField } from '../../store/csv.ts';
import { studentLabel } from './students.ts';
import type { ClassReport, StudentCase } from './types.ts';

/** The words the CSV uses, in the teacher's language (the page fills them from i18n). */
export interface ClassCsvLabels {
  student: string;
  classCode: string;
  caseTitle: (scenarioId: string) => string;
  total: (title: string) => string;
  grade: (title: string) => string;
  status: (title: string) => string;
  statusOf: (cell: StudentCase | undefined) => string;
}

const text = (value: string | null | undefined) => quoteField(guardFormula(value ?? ''));
const number = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

export function classTableCsv(report: ClassReport, labels: ClassCsvLabels): string {
  const titles = report.cases.map((c) => labels.caseTitle(c.scenarioId));
  const header = [labels.student, labels.classCode, ...titles.flatMap((t) => [labels.total(t), labels.grade(t), labels.status(t)])].map(text);
  const rows = report.students.map((student) => [
    text(studentLabel(student)),
    text(student.classCode),
    ...report.cases.flatMap(({ scenarioId }) => {
      const cell = student.cases[scenarioId];
      return [number(cell?.best?.total), text(cell?.best?.grade), text(labels.statusOf(cell))];
    }),
  ]);
  return CSV_BOM + [header, ...rows].map((cells) => `${cells.join(',')}\r\n`).join('');
}

/** loyalty-lab-class-YYYY-MM-DD.csv, dated by the teacher's own calendar day. */
export function classCsvFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `loyalty-lab-class-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
