// Checks on untrusted JSON before we use it: keys that could reach an object's prototype,
// and telling a file cut off mid-way from one that was never JSON (different advice).
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Paths (like `attempts[0].snapshot.__proto__`) of every forbidden key, walked without recursion. */
export function findForbiddenKeys(root: unknown, limit = 10): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length && found.length < limit) {
    const { value, path } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
      continue;
    }
    // JSON.parse makes '__proto__' an ordinary own key, so Object.keys sees it.
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) found.push(childPath);
      else stack.push({ value: (value as Record<string, unknown>)[key], path: childPath });
    }
  }
  return found.sort();
}

/**
 * True when the text starts like JSON but stops inside a string or with brackets still
 * open: the usual result of an interrupted download or a partial copy-paste.
 */
export function looksTruncated(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body.startsWith('{') && !body.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const ch of body) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (depth === 0) return false; // closed completely: damaged, not cut off
    }
  }
  return inString || depth > 0;
}
