// Maps a path inside a parsed YAML/JSON document back to the line and column where it
// is written, so every problem points at its place in the teacher's file.
import { isCollection, isMap, isScalar, LineCounter, type Document, type Node } from 'yaml';
import type { IssuePath } from './issues.ts';

export interface Locator {
  /** Line/column of the deepest node on `path` that exists (1-based). */
  at(path: IssuePath, offsetInValue?: number): { line: number; col: number };
  /** Line/column of the key of the last entry on `path` (for a field that should not be there). */
  atKey(path: IssuePath): { line: number; col: number };
}

function childOf(node: unknown, key: string | number): Node | null {
  if (!isCollection(node)) return null;
  const found = (node as { get(k: unknown, keepScalar: boolean): unknown }).get(key, true);
  return found && typeof found === 'object' ? (found as Node) : null;
}

/** Where the characters of a scalar's value start: after the opening quote for quoted scalars. */
function valueStart(node: Node): number {
  const start = node.range?.[0] ?? 0;
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) return start + 1;
  return start;
}

export function createLocator(doc: Document, lines: LineCounter): Locator {
  return {
    at(path, offsetInValue) {
      let node: Node | null = (doc.contents as Node | null) ?? null;
      let exact = true;
      for (const key of path) {
        const next = childOf(node, key);
        if (!next) {
          exact = false;
          break;
        }
        node = next;
      }
      let offset = node ? valueStart(node) : 0;
      // Only a single-line plain or quoted scalar maps a character index exactly.
      if (exact && node && offsetInValue !== undefined && isScalar(node) && typeof node.source === 'string' && !node.source.includes('\n')) {
        if (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') offset += offsetInValue;
      }
      const pos = lines.linePos(offset);
      return { line: pos.line, col: pos.col };
    },
    atKey(path) {
      let node: unknown = doc.contents;
      for (const key of path.slice(0, -1)) node = childOf(node, key);
      const last = path[path.length - 1];
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === last);
        const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        if (start !== undefined) {
          const pos = lines.linePos(start);
          return { line: pos.line, col: pos.col };
        }
      }
      return this.at(path);
    },
  };
}
