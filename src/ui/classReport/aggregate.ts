// The class report from the students' export files: per case, who started and finished,
// the score distributions, and the class's decisions; per student, a row across cases.
// Pure: the same files and case infos always give the same report.
import { bestAttempt, newestUpdateFirst } from '../../store/attemptRules.ts';
import { SharedDimensionValues } from '../../engine/scoring/types.ts';
import type { Attempt } from '../../store/types.ts';
import { summarizeDecisions } from './decisions.ts';
import { distributionOf } from './stats.ts';
import { mergeStudents, studentLabel, type Student } from './students.ts';
import type { CaseInfo, CaseReport, ClassReport, LoadedExport, StudentCase, StudentRow } from './types.ts';

function latestAttempt(attempts: readonly Attempt[]): Attempt {
  return [...attempts].sort(newestUpdateFirst)[0]!;
}

/** Shared dimensions first in their usual order, then any others alphabetically. */
function dimensionOrder(ids: Iterable<string>): string[] {
  const present = new Set(ids);
  const shared: string[] = SharedDimensionValues.filter((id) => present.has(id));
  return [...shared, ...[...present].filter((id) => !shared.includes(id)).sort()];
}

function caseReport(scenarioId: string, info: CaseInfo | null, students: readonly Student[]): CaseReport {
  const perStudent = students.map((s) => s.attempts.filter((a) => a.scenarioId === scenarioId)).filter((list) => list.length > 0);
  // Each student's best attempt feeds the distributions, dimensions included, so a profile stays whole.
  const bests = perStudent.map((list) => bestAttempt(list)).filter((a) => a !== null);
  const dimensionIds = dimensionOrder(bests.flatMap((a) => Object.keys(a.scores.dimensions)));
  return {
    scenarioId,
    info,
    started: perStudent.length,
    finished: bests.length,
    total: distributionOf(bests.map((a) => a.scores.total)),
    dimensions: dimensionIds.map((id) => ({
      id,
      label: info?.dimensionLabels[id] ?? null,
      distribution: distributionOf(bests.flatMap((a) => (id in a.scores.dimensions ? [a.scores.dimensions[id]!] : []))),
    })),
    decisions: info ? summarizeDecisions(info, perStudent) : [],
  };
}

function studentCase(attempts: readonly Attempt[]): StudentCase {
  const best = bestAttempt(attempts);
  const latest = latestAttempt(attempts);
  return {
    attempts: attempts.length,
    isFinished: best !== null,
    best: best?.scores ?? null,
    latest: { status: latest.status, total: latest.scores?.total ?? null, grade: latest.scores?.grade ?? null },
  };
}

/**
 * `cases`: what the scenario files say about each case, in the order the page lists them;
 * cases found in the files but missing here come after, by id.
 */
export function aggregateClass(files: readonly LoadedExport[], cases: ReadonlyMap<string, CaseInfo>): ClassReport {
  const { students, duplicateAttempts } = mergeStudents(files);
  const order = [...cases.keys()];
  const ids = [...new Set(students.flatMap((s) => s.attempts.map((a) => a.scenarioId)))].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || a.localeCompare(b);
  });
  const rows: StudentRow[] = students
    .map((s) => ({
      key: s.key,
      name: s.name,
      classCode: s.classCode,
      fileNames: s.fileNames,
      cases: Object.fromEntries(
        ids.flatMap((id) => {
          const attempts = s.attempts.filter((a) => a.scenarioId === id);
          return attempts.length ? [[id, studentCase(attempts)]] : [];
        }),
      ),
    }))
    .sort((a, b) => studentLabel(a).localeCompare(studentLabel(b)) || a.key.localeCompare(b.key));
  return {
    students: rows,
    cases: ids.map((id) => caseReport(id, cases.get(id) ?? null, students)),
    duplicateAttempts,
    attemptCount: students.reduce((n, s) => n + s.attempts.length, 0),
  };
}
