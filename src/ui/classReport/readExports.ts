// Reading students' export files in the browser: each file is checked by the store's own
// import validation (parseProgressFile), nothing is written anywhere, and a bad file is
// reported by name while the others still load.
import { MAX_IMPORT_BYTES, parseProgressFile } from '../../store/importFile.ts';
import type { FileProblem, LoadedExport } from './types.ts';

/** The part of a browser File we use, so tests can pass plain objects. */
export interface ExportFileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type ExportOutcome = { ok: true; loaded: LoadedExport } | { ok: false; problem: FileProblem };

/** Validates one file's text exactly as the progress page's import does. */
export function parseExportText(fileName: string, text: string, knownScenarioIds: Iterable<string>): ExportOutcome {
  const parsed = parseProgressFile(text, knownScenarioIds);
  if (!parsed.ok) return { ok: false, problem: { fileName, errors: parsed.errors } };
  return { ok: true, loaded: { fileName, exportedAt: parsed.file.exportedAt, learner: parsed.file.learner, attempts: parsed.file.attempts } };
}

export async function readExportFile(file: ExportFileLike, knownScenarioIds: Iterable<string>): Promise<ExportOutcome> {
  // Refuse a huge file before reading it into memory.
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { fileName: file.name, errors: [{ code: 'tooLarge', params: { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 } }] } };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (reason) {
    const message = reason instanceof Error ? reason.message : String(reason);
    return { ok: false, problem: { fileName: file.name, errors: [{ code: 'readFailed', params: { message } }] } };
  }
  return parseExportText(file.name, text, knownScenarioIds);
}

/** Reads files one after another (a class set is small; this keeps memory flat). */
export async function readExportFiles(
  files: readonly ExportFileLike[],
  knownScenarioIds: readonly string[],
): Promise<{ loaded: LoadedExport[]; problems: FileProblem[] }> {
  const loaded: LoadedExport[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    const outcome = await readExportFile(file, knownScenarioIds);
    if (outcome.ok) loaded.push(outcome.loaded);
    else problems.push(outcome.problem);
  }
  return { loaded, problems };
}
