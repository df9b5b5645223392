// Checks that bound a file before and right after parsing, whatever its fields: nesting
// depth, value counts, list and mapping sizes, text lengths, finite numbers, reserved keys.
// They run before the schema so a hostile file is refused quickly and never reaches code
// that recurses or loops over what it declares (limits.ts holds the numbers).
import type { IssuePath, ScenarioIssue } from './issues.ts';
import type { ScenarioIssueCode } from './messages.ts';
import type { Locator } from './locate.ts';
import { COUNT_LIMITS, VALUE_LIMITS, MAX_DEPTH, MAX_ENTRIES, MAX_INDENT, MAX_NODES, MAX_TEXT, RESERVED_KEYS } from './limits.ts';

/**
 * Nesting as the text shows it, measured without parsing: the widest indentation (with
 * compact `- ` items) and the deepest `[`/`{`. The YAML parser recurses once per level, so a
 * file nested thousands deep must be refused before it reaches the parser.
 */
export function scanNesting(text: string): ScenarioIssue | null {
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  let atIndent = true;
  let column = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 10) { line += 1; lineStart = i + 1; atIndent = true; column = 0; continue; }
    if (atIndent) {
      // Spaces, and `- ` / `? ` starting a compact nested item, all count as indentation.
      const next = text.charCodeAt(i + 1);
      if (ch === 32 || ch === 9) column += 1;
      else if ((ch === 45 || ch === 63) && (next === 32 || next === 10 || Number.isNaN(next))) column += 1;
      else {
        atIndent = false;
        // A top-level key ends whatever a stray bracket in the previous section left open.
        if (column === 0 && ch !== 35 && ch !== 93 && ch !== 125) flow = 0;
      }
      if (column > MAX_INDENT) return { code: 'too-deep', params: { max: MAX_DEPTH }, path: [], line, col: i - lineStart + 1 };
    }
    if (ch === 91 || ch === 123) {
      flow += 1;
      if (flow > MAX_INDENT) return { code: 'too-deep', params: { max: MAX_DEPTH }, path: [], line, col: i - lineStart + 1 };
    } else if ((ch === 93 || ch === 125) && flow > 0) flow -= 1;
  }
  return null;
}

const matches = (pattern: string, path: IssuePath) => {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
};

function limitFor(path: IssuePath): number {
  for (const { path: pattern, max } of COUNT_LIMITS) if (matches(pattern, path)) return max;
  return MAX_ENTRIES;
}

/** Problems of the parsed data as a whole; stops at the first bound passed that makes walking on pointless. */
export function checkData(data: unknown, locator: Locator): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const push = (path: IssuePath, code: ScenarioIssueCode, params: Record<string, string | number>, atKey = false) =>
    issues.push({ code, params, path, ...(atKey ? locator.atKey(path) : locator.at(path)) });
  const stack: { value: unknown; path: IssuePath }[] = [{ value: data, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    nodes += 1;
    if (nodes > MAX_NODES) {
      push([], 'too-many-values', { max: MAX_NODES });
      break;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) push(path, 'not-finite', { value: String(value) });
      else {
        const bound = VALUE_LIMITS.find((l) => matches(l.path, path));
        if (bound && value > bound.max) push(path, 'too-large', { max: bound.max });
      }
      continue;
    }
    if (typeof value === 'string') {
      if (value.length > MAX_TEXT) push(path, 'text-too-long', { length: value.length, max: MAX_TEXT });
      if (path[path.length - 1] === 'id' && RESERVED_KEYS.has(value)) push(path, 'reserved-key', { name: value });
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      push(path, 'too-deep', { max: MAX_DEPTH });
      break;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
    const max = limitFor(path);
    if (entries.length > max) {
      push(path, 'too-many', { count: entries.length, max }, path.length > 0);
      continue;
    }
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, item] = entries[i]!;
      if (typeof key === 'string' && RESERVED_KEYS.has(key)) push([...path, key], 'reserved-key', { name: key }, true);
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return issues;
}
