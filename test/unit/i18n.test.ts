// Every UI area's English and Chinese message files match: same keys, no empty text,
// the same {placeholders}. A missing translation fails here, not in front of a class.
import { describe, expect, test } from 'vitest';
import { MESSAGE_AREAS, en, zhCN } from '../../src/ui/app/i18n/index.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe.each(Object.entries(MESSAGE_AREAS))('message area %s', (_area, pair) => {
  const english: Record<string, string> = pair.en;
  const chinese: Record<string, string> = pair['zh-CN'];

  test('has the same keys in en and zh-CN', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  test('has no empty text', () => {
    const empty = [...Object.entries(english), ...Object.entries(chinese)].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  test('uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(english)
      .filter((key) => key in chinese)
      .filter((key) => placeholders(english[key] ?? '').join() !== placeholders(chinese[key] ?? '').join())
      .map((key) => `${key}: en ${english[key]} / zh-CN ${chinese[key]}`);
    expect(mismatched).toEqual([]);
  });
});

test('no key is defined by two areas (the merge would silently keep only one)', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [area, pair] of Object.entries(MESSAGE_AREAS)) {
    for (const key of Object.keys(pair.en)) {
      const owner = seen.get(key);
      if (owner) clashes.push(`${key} in ${owner} and ${area}`);
      seen.set(key, area);
    }
  }
  expect(clashes).toEqual([]);
  expect(Object.keys(en).length).toBe(seen.size);
  expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
});

test('the placeholder reader finds names, sorted', () => {
  expect(placeholders('{b} of {a}, {b}')).toEqual(['a', 'b', 'b']);
  expect(placeholders('no placeholders')).toEqual([]);
});
