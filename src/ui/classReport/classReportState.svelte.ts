// The class report's state while the page is open: the files read so far, the files
// refused (by name, with reasons), the case infos, and the report derived from them.
// Nothing is stored: the report lives only as long as the page.
import { aggregateClass } from './aggregate.ts';
import { inContentOrder, knownScenarioIds, loadCaseInfo } from './caseLoader.ts';
import { readExportFiles, type ExportFileLike } from './readExports.ts';
import type { CaseInfo, ClassReport, FileProblem, LoadedExport } from './types.ts';

export class ClassReportState {
  exports = $state.raw<LoadedExport[]>([]);
  problems = $state.raw<FileProblem[]>([]);
  /** How many files the current batch holds while it is read; 0 when idle. */
  readingCount = $state(0);
  #infos = $state.raw(new Map<string, CaseInfo | null>());

  readonly report: ClassReport = $derived(aggregateClass(this.exports, inContentOrder(this.#infos)));

  /** Reads a batch of files and adds the good ones; resolves with how many were read. */
  async add(files: readonly ExportFileLike[]): Promise<{ loaded: number; refused: number }> {
    if (files.length === 0) return { loaded: 0, refused: 0 };
    this.readingCount = files.length;
    try {
      const { loaded, problems } = await readExportFiles(files, knownScenarioIds());
      await this.#loadInfos(loaded);
      this.exports = [...this.exports, ...loaded];
      this.problems = [...this.problems, ...problems];
      return { loaded: loaded.length, refused: problems.length };
    } finally {
      this.readingCount = 0;
    }
  }

  clear(): void {
    this.exports = [];
    this.problems = [];
  }

  /** Loads each case's scenario file once, before the files that need it are shown. */
  async #loadInfos(files: readonly LoadedExport[]): Promise<void> {
    const missing = [...new Set(files.flatMap((f) => f.attempts.map((a) => a.scenarioId)))].filter((id) => !this.#infos.has(id));
    if (missing.length === 0) return;
    const loaded = await Promise.all(missing.map(async (id) => [id, await loadCaseInfo(id).catch(() => null)] as const));
    this.#infos = new Map([...this.#infos, ...loaded]);
  }
}
