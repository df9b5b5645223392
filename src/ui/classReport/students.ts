// Who is who in a pile of export files. A student is known by the name in their file (with
// the class code, so namesakes in two classes stay apart); a file without a name is its own
// student, shown by its file name. An attempt found twice counts once: the newer copy wins.
import type { Attempt } from '../../store/types.ts';
import type { LoadedExport } from './types.ts';

export interface Student {
  key: string;
  name: string | null;
  classCode: string | null;
  fileNames: string[];
  attempts: Attempt[];
}

const clean = (text: string | undefined): string | null => (text?.trim() ? text.trim() : null);

export function studentKeyOf(file: LoadedExport): string {
  const name = clean(file.learner.name);
  // Exports are all named loyalty-lab-progress-DATE.json, so a name alone is not enough:
  // the export time tells two students' files apart, and the same file added twice stays one.
  return name ? `name:${name}|${clean(file.learner.classCode) ?? ''}` : `file:${file.fileName}|${file.exportedAt}`;
}

export function mergeStudents(files: readonly LoadedExport[]): { students: Student[]; duplicateAttempts: number } {
  const students = new Map<string, Student>();
  const kept = new Map<string, { attempt: Attempt; studentKey: string }>();
  let duplicateAttempts = 0;

  for (const file of files) {
    const key = studentKeyOf(file);
    const student = students.get(key) ?? { key, name: clean(file.learner.name), classCode: clean(file.learner.classCode), fileNames: [], attempts: [] };
    if (!student.fileNames.includes(file.fileName)) student.fileNames.push(file.fileName);
    students.set(key, student);
    for (const attempt of file.attempts) {
      const earlier = kept.get(attempt.id);
      if (earlier) duplicateAttempts += 1;
      // ISO times from the importer are normalised (toISOString), so text order is time order.
      if (!earlier || attempt.updatedAt > earlier.attempt.updatedAt) kept.set(attempt.id, { attempt, studentKey: key });
    }
  }
  for (const { attempt, studentKey } of kept.values()) students.get(studentKey)!.attempts.push(attempt);
  return { students: [...students.values()], duplicateAttempts };
}

/** How the page names a student: their name, else their class code with the file name, else the file name. */
export function studentLabel(student: Pick<Student, 'name' | 'classCode' | 'fileNames'>): string {
  if (student.name) return student.name;
  const file = student.fileNames[0] ?? '';
  return student.classCode ? `${student.classCode} (${file})` : file;
}
