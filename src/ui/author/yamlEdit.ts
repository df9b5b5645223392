// Changing one value in a scenario's YAML text without touching anything else: the new
// value replaces only the characters of the old one (or a new key is added beside its
// siblings), so the teacher's comments, blank lines and layout survive byte for byte.
import { isMap, isScalar, parseDocument, stringify, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { isDeepStrictEqual } from './deepEqual.ts';
import { MAX_FILE_BYTES } from '../../engine/scenario/parse.ts';
import { scanNesting } from '../../engine/scenario/guard.ts';

export type EditPath = readonly (string | number)[];
export type EditValue = string | number;
export type EditResult = { ok: true; text: string } | { ok: false; reason: 'broken-yaml' | 'not-editable' };

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;

/**
 * Parses the text as the engine would; null when YAML reports any error, and at once, before
 * parsing, for a text over the size limit or nested past the engine's bound (the parser
 * recurses per level, and this runs on the main thread while the teacher types).
 */
export function parseYaml(text: string): Document | null {
  if (text.length > MAX_FILE_BYTES || scanNesting(text) !== null) return null;
  const doc = parseDocument(text, PARSE_OPTIONS);
  return doc.errors.length ? null : doc;
}

function toPlain(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** The plain data with `value` set at `path` (a fresh copy; the input is not changed). */
function withValue(data: unknown, path: EditPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
  base[head] = withValue((data as Record<string | number, unknown> | undefined)?.[head], rest, value);
  return base;
}

/** Leading spaces of the line holding `offset`, counting `- ` item marks as indentation. */
function lineIndent(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ -]*/.exec(text.slice(start))![0].length;
}

function blockLiteral(value: string, indent: number, withFinalBreak: boolean): string {
  const chomp = value.endsWith('\n') ? (value.endsWith('\n\n') ? '+' : '') : '-';
  const body = value.endsWith('\n') ? value.slice(0, -1) : value;
  const lines = body.split('\n').map((line) => (line ? ' '.repeat(indent) + line : ''));
  return `|${chomp}\n${lines.join('\n')}${withFinalBreak ? '\n' : ''}`;
}

const singleQuoted = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Ways to write `value` in place of `node`, the most faithful to the old style first. */
function scalarCandidates(text: string, node: Scalar, value: EditValue, inFlow: boolean): string[] {
  if (typeof value === 'number') return [String(value)];
  const [start, valueEnd] = node.range!;
  const wasBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const out: string[] = [];
  if (!inFlow && wasBlock) {
    const firstContent = /\n( +)\S/.exec(text.slice(start, valueEnd));
    const indent = firstContent ? firstContent[1]!.length : lineIndent(text, start) + 2;
    if (!/^[ \n]/.test(value)) out.push(blockLiteral(value, indent, true));
  }
  const restOfLine = text.slice(valueEnd, (text.indexOf('\n', valueEnd) + 1 || text.length + 1) - 1);
  if (!inFlow && !wasBlock && value.includes('\n') && restOfLine.trim() === '' && !/^[ \n]/.test(value)) {
    out.push(blockLiteral(value, lineIndent(text, start) + 2, false));
  }
  if (!value.includes('\n')) {
    if (node.type === 'PLAIN') out.push(value);
    if (node.type === 'QUOTE_SINGLE') out.push(singleQuoted(value));
  }
  out.push(JSON.stringify(value));
  return out;
}

function ancestorsOf(doc: Document, path: EditPath): Node[] {
  const nodes: Node[] = [];
  let node = doc.contents as Node | null;
  for (const key of path) {
    if (!node) break;
    nodes.push(node);
    node = (node as YAMLMap).get?.(key, true) as Node | null;
  }
  return nodes;
}

/** Text for a new `key: value` entry at the end of a map (value may be nested). */
function insertion(text: string, map: YAMLMap, key: string, value: unknown): string | null {
  const [start, end] = map.range!;
  if (map.flow) {
    const close = text.lastIndexOf('}', end);
    if (close < start) return null;
    const hasItems = map.items.length > 0;
    const before = text.slice(0, close).replace(/\s*$/, '');
    return `${before}${hasItems ? ', ' : ' '}${key}: ${JSON.stringify(value)} ${text.slice(close)}`;
  }
  const firstKey = map.items[0]?.key as Node | undefined;
  if (!firstKey?.range) return null;
  const indent = firstKey.range[0] - (text.lastIndexOf('\n', firstKey.range[0] - 1) + 1);
  const entry = stringify({ [key]: value }, { lineWidth: 0 })
    .split('\n')
    .map((line) => (line ? ' '.repeat(indent) + line : line))
    .join('\n');
  const at = end;
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return `${text.slice(0, at)}${needsBreak ? '\n' : ''}${entry}${text.slice(at)}`;
}

function candidateTexts(text: string, doc: Document, path: EditPath, value: EditValue): string[] {
  const node = doc.getIn(path, true) as Node | undefined;
  if (isScalar(node) && node.range) {
    const ancestors = ancestorsOf(doc, path);
    const inFlow = ancestors.some((a) => (a as YAMLMap).flow === true);
    const [start, valueEnd] = node.range;
    return scalarCandidates(text, node, value, inFlow).map((source) => text.slice(0, start) + source + text.slice(valueEnd));
  }
  if (node !== undefined) return [];
  // Missing: add the first missing key (and what lies below it) to the deepest map that exists.
  let depth = path.length - 1;
  while (depth > 0 && doc.getIn(path.slice(0, depth), true) === undefined) depth--;
  const parent = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
  const key = path[depth];
  if (!isMap(parent) || typeof key !== 'string') return [];
  const nested = path.slice(depth + 1).reduceRight<unknown>((inner, k) => ({ [k]: inner }), value);
  const inserted = insertion(text, parent, key, nested);
  return inserted === null ? [] : [inserted];
}

/**
 * Writes `value` at `path` (e.g. ['steps', 2, 'title', 'en']). Each way of writing it is
 * checked by parsing the result: it must equal the old data with just that value changed.
 * The last resort is the Document API's own setIn (correct, but may reflow the layout).
 */
export function writeYamlValue(text: string, path: EditPath, value: EditValue): EditResult {
  if (typeof value === 'number' && !Number.isFinite(value)) return { ok: false, reason: 'not-editable' };
  const doc = parseYaml(text);
  const before = doc ? toPlain(doc) : undefined;
  if (!doc || before === undefined) return { ok: false, reason: 'broken-yaml' };
  const expected = withValue(before, path, value);
  const isRight = (candidate: string) => {
    const parsed = parseYaml(candidate);
    return parsed !== null && isDeepStrictEqual(toPlain(parsed), expected);
  };
  for (const candidate of candidateTexts(text, doc, path, value)) {
    if (isRight(candidate)) return { ok: true, text: candidate };
  }
  try {
    doc.setIn(path as (string | number)[], value);
  } catch {
    return { ok: false, reason: 'not-editable' }; // the path runs through a text or a number
  }
  const rewritten = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return isRight(rewritten) ? { ok: true, text: rewritten } : { ok: false, reason: 'not-editable' };
}
