// Reading a progress file back in. Every check runs before anything is written, and the
// write is one transaction, so a bad or half-good file changes nothing.
import * as v from 'valibot';
import type { ProgressStore } from './store.ts';
import type { Attempt } from './types.ts';
import { PROGRESS_APP, PROGRESS_FORMAT_VERSION, PROGRESS_KIND, type ProgressFile } from './exportFile.ts';
import { progressFileSchema } from './importSchema.ts';
import { findForbiddenKeys, looksTruncated } from './jsonChecks.ts';
import { replayImported, type ImportCases } from './importReplay.ts';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** More problems than this are summarised by the first ones: nobody reads 5,000 lines. */
const MAX_ERRORS = 10;

/** Each code has a message 'store.import.<code>' in both languages. */
export const ImportErrorCodeValues = [
  'tooLarge',
  'notJson',
  'truncated',
  'forbiddenKey',
  'notProgressFile',
  'unsupportedVersion',
  'invalid',
  'scoreOutOfRange',
  'duplicateId',
  'doesNotReplay',
  'missingVersion',
  'writeFailed',
] as const;
export type ImportErrorCode = (typeof ImportErrorCodeValues)[number];

export interface ImportError {
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

export type ImportResult =
  | { ok: true; added: number; updated: number; unchanged: number; unknownScenarios: string[] }
  | { ok: false; errors: ImportError[] };

export type ParseResult = { ok: true; file: ProgressFile; unknownScenarios: string[] } | { ok: false; errors: ImportError[] };

const fail = (...errors: ImportError[]): { ok: false; errors: ImportError[] } => ({ ok: false, errors: errors.slice(0, MAX_ERRORS) });

/** Whether `text` is over `limit` bytes of UTF-8, counted without encoding a copy. */
function isOverBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every character takes at least one byte
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i += 1;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

export function parseProgressFile(text: string, knownScenarioIds: Iterable<string>): ParseResult {
  if (isOverBytes(text, MAX_IMPORT_BYTES)) return fail({ code: 'tooLarge', params: { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 } });

  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ code: looksTruncated(text) ? 'truncated' : 'notJson', params: {} });
  }

  // Before anything copies the tree: a '__proto__' key could otherwise reach a prototype.
  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length) return fail(...forbidden.map((path) => ({ code: 'forbiddenKey' as const, params: { path } })));

  const head = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  if (head.app !== PROGRESS_APP || head.kind !== PROGRESS_KIND) return fail({ code: 'notProgressFile', params: {} });
  if (head.formatVersion === undefined) return fail({ code: 'missingVersion', params: { supported: PROGRESS_FORMAT_VERSION } });
  if (typeof head.formatVersion !== 'number') return fail({ code: 'invalid', params: { path: 'formatVersion', message: 'expected a number' } });
  if (head.formatVersion !== PROGRESS_FORMAT_VERSION) {
    return fail({ code: 'unsupportedVersion', params: { version: String(head.formatVersion), supported: PROGRESS_FORMAT_VERSION } });
  }

  const parsed = v.safeParse(progressFileSchema, raw, { abortPipeEarly: true }); // one message per field
  if (!parsed.success) {
    return fail(...parsed.issues.map((issue) => ({ code: 'invalid' as const, params: { path: v.getDotPath(issue) ?? '', message: issue.message } })));
  }
  const file = parsed.output as ProgressFile;

  const errors = [...scoreErrors(file.attempts), ...duplicateErrors(file.attempts)];
  if (errors.length) return fail(...errors);

  const known = new Set(knownScenarioIds);
  const unknown = new Set<string>();
  file.attempts = file.attempts.map((attempt) => {
    const { unknownScenario: _old, ...rest } = attempt;
    const normalised: Attempt = { ...rest, snapshot: rest.snapshot ?? null };
    if (known.has(attempt.scenarioId)) return normalised;
    unknown.add(attempt.scenarioId);
    return { ...normalised, unknownScenario: true };
  });
  return { ok: true, file, unknownScenarios: [...unknown].sort() };
}

function scoreErrors(attempts: readonly Attempt[]): ImportError[] {
  const errors: ImportError[] = [];
  const check = (id: string, field: string, value: number) => {
    if (value < 0 || value > 100) errors.push({ code: 'scoreOutOfRange', params: { id, field, value } });
  };
  for (const a of attempts) {
    if (!a.scores) continue;
    check(a.id, 'total', a.scores.total);
    for (const [dimension, value] of Object.entries(a.scores.dimensions)) check(a.id, dimension, value);
  }
  return errors;
}

function duplicateErrors(attempts: readonly Attempt[]): ImportError[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const a of attempts) {
    if (seen.has(a.id)) reported.add(a.id);
    seen.add(a.id);
  }
  return [...reported].map((id) => ({ code: 'duplicateId', params: { id } }));
}

/**
 * Validates `text`, replays every attempt at a case `cases` has (the app always passes it;
 * store tests of the merge alone may not), and merges them in one transaction (merge.ts).
 */
export async function importProgress(
  store: ProgressStore,
  text: string,
  knownScenarioIds: Iterable<string>,
  cases?: ImportCases,
): Promise<ImportResult> {
  const parsed = parseProgressFile(text, knownScenarioIds);
  if (!parsed.ok) return parsed;
  let attempts = parsed.file.attempts;
  if (cases) {
    const replayed = await replayImported(attempts, cases);
    if (!replayed.ok) return fail(...replayed.errors);
    attempts = replayed.attempts;
  }
  try {
    const counts = await store.mergeAttempts(attempts);
    return { ok: true, ...counts, unknownScenarios: parsed.unknownScenarios };
  } catch (reason) {
    return fail({ code: 'writeFailed', params: { message: reason instanceof Error ? reason.message : String(reason) } });
  }
}
