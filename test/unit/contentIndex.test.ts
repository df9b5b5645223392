// The build-time content index (scripts/content-index.ts) on a throwaway folder: it lists
// scenarios and lessons with both languages, and skips files it cannot read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildContentIndex, splitFrontMatter } from '../../scripts/content-index.ts';

let root = '';

const SCENARIO = `id: mrs-smith
version: 2
lesson: 02-lost-customer
title:
  zh-CN: 史密斯太太走了
  en: Mrs. Smith walks away
summary:
  zh-CN: 一位老顾客的流失
  en: A regular customer is lost
`;

const lesson = (title: string, objectives: string[], scenarios: string[]) =>
  `---\ntitle: ${title}\nobjectives:\n${objectives.map((o) => `  - ${o}`).join('\n')}\nscenarios: [${scenarios.join(', ')}]\n---\n# Body\n`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'content-index-'));
  mkdirSync(join(root, 'scenarios'));
  writeFileSync(join(root, 'scenarios', 'mrs-smith.yaml'), SCENARIO);
  writeFileSync(join(root, 'scenarios', 'broken.yaml'), 'id: broken\ntitle: [unclosed\n  : :\n');
  writeFileSync(join(root, 'scenarios', 'no-id.yaml'), 'title: { en: Nameless }\n');
  writeFileSync(join(root, 'scenarios', 'notes.txt'), 'not a scenario');
  mkdirSync(join(root, 'lessons', '02-lost-customer'), { recursive: true });
  writeFileSync(join(root, 'lessons', '02-lost-customer', 'lesson.zh-CN.md'), lesson('失去一位顾客', ['估算损失'], ['mrs-smith']));
  writeFileSync(join(root, 'lessons', '02-lost-customer', 'lesson.en.md'), lesson('Losing a customer', ['Estimate the loss'], ['mrs-smith']));
  mkdirSync(join(root, 'lessons', '03-empty'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('lists the valid scenario and skips the broken, id-less and non-YAML files', () => {
  expect(buildContentIndex(root).scenarios).toEqual([
    {
      file: 'mrs-smith.yaml',
      id: 'mrs-smith',
      version: 2,
      lesson: '02-lost-customer',
      title: { 'zh-CN': '史密斯太太走了', en: 'Mrs. Smith walks away' },
      summary: { 'zh-CN': '一位老顾客的流失', en: 'A regular customer is lost' },
    },
  ]);
});

test('lists the lesson with its titles, objectives and scenarios; skips a folder with no lesson file', () => {
  expect(buildContentIndex(root).lessons).toEqual([
    {
      slug: '02-lost-customer',
      title: { 'zh-CN': '失去一位顾客', en: 'Losing a customer' },
      objectives: { 'zh-CN': ['估算损失'], en: ['Estimate the loss'] },
      scenarios: ['mrs-smith'],
    },
  ]);
});

test('a folder without lessons/ or scenarios/ gives an empty index', () => {
  expect(buildContentIndex(join(root, 'lessons', '03-empty'))).toEqual({ scenarios: [], lessons: [] });
});

test('splitFrontMatter separates the YAML header from the body', () => {
  expect(splitFrontMatter('---\ntitle: A\n---\nText')).toEqual({ data: { title: 'A' }, body: 'Text' });
  expect(splitFrontMatter('Just text')).toEqual({ data: {}, body: 'Just text' });
});
