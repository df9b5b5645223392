// Step one of loading: text → plain data. Catches what must be refused before the
// schema looks: oversized files, YAML syntax errors, duplicate keys, alias bombs,
// and a format version this engine does not read.
import { isCollection, LineCounter, parseDocument, visit } from 'yaml';
import { checkData, scanNesting } from './guard.ts';
import type { ScenarioIssue } from './issues.ts';
import { createLocator, type Locator } from './locate.ts';
import { FORMAT_VERSION_MAX, FORMAT_VERSION_MIN } from './schema.ts';

export const MAX_FILE_BYTES = 1024 * 1024;
/** Real scenarios use a handful of aliases at most; a bomb needs thousands. */
export const MAX_ALIASES = 100;

export type ParsedText =
  | { ok: true; data: Record<string, unknown>; locator: Locator }
  | { ok: false; issues: ScenarioIssue[] };

const noPlace = { line: 0, col: 0 };

export function parseScenarioText(text: string): ParsedText {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_FILE_BYTES) {
    return { ok: false, issues: [{ code: 'file-too-large', params: { size, max: MAX_FILE_BYTES }, path: [], ...noPlace }] };
  }
  const tooDeep = scanNesting(text);
  if (tooDeep) return { ok: false, issues: [tooDeep] };
  const lines = new LineCounter();
  // logLevel 'error': the parser's own warnings (to the console) become located issues below.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const locator = createLocator(doc, lines);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error): ScenarioIssue => {
        const pos = lines.linePos(error.pos[0]);
        const isDuplicate = error.code === 'DUPLICATE_KEY';
        const detail = error.message.split('\n')[0] ?? error.code;
        const key = /"([^"]*)"/.exec(detail)?.[1] ?? '';
        return {
          code: isDuplicate ? 'duplicate-key' : 'yaml-syntax',
          params: isDuplicate ? { key } : { detail } as Record<string, string>,
          path: [],
          line: pos.line,
          col: pos.col,
        };
      }),
    };
  }
  const collectionKeys: ScenarioIssue[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return;
      const pos = lines.linePos(pair.key.range?.[0] ?? 0);
      collectionKeys.push({ code: 'collection-key', params: {}, path: [], line: pos.line, col: pos.col });
    },
  });
  if (collectionKeys.length > 0) return { ok: false, issues: collectionKeys };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    // yaml throws a ReferenceError when aliases expand past the limit.
    return { ok: false, issues: [{ code: 'alias-limit', params: { max: MAX_ALIASES }, path: [], line: 1, col: 1 }] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issues: [{ code: 'not-a-mapping', params: {}, path: [], line: 1, col: 1 }] };
  }
  const bounded = checkData(data, locator);
  if (bounded.length > 0) return { ok: false, issues: bounded };
  const record = data as Record<string, unknown>;
  const version = record.formatVersion;
  if (typeof version === 'number' && (version < FORMAT_VERSION_MIN || version > FORMAT_VERSION_MAX)) {
    const at = locator.at(['formatVersion']);
    return {
      ok: false,
      issues: [{ code: 'format-version', params: { found: version, min: FORMAT_VERSION_MIN, max: FORMAT_VERSION_MAX }, path: ['formatVersion'], ...at }],
    };
  }
  return { ok: true, data: record, locator };
}
