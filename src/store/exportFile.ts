// The progress export: every attempt plus who the learner is, as one versioned JSON file
// (ProgressFile below is its specification), and the file names used for downloads.
import type { Attempt, LearnerInfo } from './types.ts';

export const PROGRESS_APP = 'loyalty-lab';
export const PROGRESS_KIND = 'progress';
/** Bump when the file's shape changes; importers refuse versions they do not know. */
export const PROGRESS_FORMAT_VERSION = 1;

export interface ProgressFile {
  app: typeof PROGRESS_APP;
  kind: typeof PROGRESS_KIND;
  formatVersion: typeof PROGRESS_FORMAT_VERSION;
  exportedAt: string;
  learner: LearnerInfo;
  attempts: Attempt[];
}

export function buildProgressFile(attempts: readonly Attempt[], learner: LearnerInfo, exportedAt: Date): ProgressFile {
  return {
    app: PROGRESS_APP,
    kind: PROGRESS_KIND,
    formatVersion: PROGRESS_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    learner: { ...(learner.name ? { name: learner.name } : {}), ...(learner.classCode ? { classCode: learner.classCode } : {}) },
    attempts: [...attempts],
  };
}

export function progressFileToJson(file: ProgressFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** loyalty-lab-progress-YYYY-MM-DD.json, dated by the learner's own calendar day. */
export function exportFileName(extension: 'json' | 'csv', date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `loyalty-lab-progress-${day}.${extension}`;
}
