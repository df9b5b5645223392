// Draft helpers: the title shown in the teacher's language, the download file name, and the
// ids drafts already use.
import { expect, test } from 'vitest';
import { draftFileName, draftIds, draftTitle } from '../../../src/ui/author/draftStore.ts';

const TEXT = 'id: my-case\ntitle: { zh-CN: 我的案例, en: My case }\n';

test.each([
  { text: TEXT, locale: 'en', expected: 'My case' },
  { text: TEXT, locale: 'zh-CN', expected: '我的案例' },
  { text: 'id: my-case\ntitle: { en: Only English }\n', locale: 'zh-CN', expected: 'Only English' },
  { text: 'id: my-case\n', locale: 'en', expected: 'my-case' },
  { text: 'id: [\n', locale: 'en', expected: 'saved title' },
] as const)('draftTitle in $locale is “$expected”', ({ text, locale, expected }) => {
  expect(draftTitle(text, locale, 'saved title')).toBe(expected);
});

test.each([
  { text: TEXT, expected: 'my-case.yaml' },
  { text: 'id: Not A Valid Id\n', expected: 'scenario.yaml' },
  { text: 'id: ../../etc\n', expected: 'scenario.yaml' },
  { text: 'id: [\n', expected: 'scenario.yaml' },
])('draftFileName → $expected', ({ text, expected }) => {
  expect(draftFileName(text)).toBe(expected);
});

test('draftIds collects the ids of readable drafts', () => {
  const draft = (text: string) => ({ id: text, title: '', text, createdAt: '', updatedAt: '' });
  expect([...draftIds([draft(TEXT), draft('id: other\n'), draft('id: [\n')])].sort()).toEqual(['my-case', 'other']);
});
