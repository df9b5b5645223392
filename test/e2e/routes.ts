// Every route the accessibility spec (a11y.e2e.ts) visits, in both languages. When you add
// a page, append one hash path for it here — with a real id, so the page renders content.
import { resolve } from 'node:path';
import { buildContentIndex } from '../../scripts/content-index.ts';
import { encodeShareLink } from '../../src/engine/share/shareLink.ts';

export const content = buildContentIndex(resolve(import.meta.dirname, '../..'));
const firstLesson = content.lessons[0];
// A small case, so the shared route's test name stays readable (the example's link is 5,900 characters).
const SHARED_CASE = `formatVersion: 1
id: shared-a11y
version: 1
title: { zh-CN: 分享的案例, en: A shared case }
summary: { zh-CN: 无障碍检查用, en: For the accessibility check }
parameters:
  price: { label: { zh-CN: 价格, en: Price }, default: 10, min: 0, max: 100, step: 1 }
metrics:
  revenue: { label: { zh-CN: 收入, en: Revenue }, formula: price * 100 }
steps:
  - { id: start, kind: narrative, title: { zh-CN: 开始, en: Start }, metrics: [revenue] }
  - { id: debrief, kind: debrief, title: { zh-CN: 复盘, en: Debrief } }
scoring:
  dimensions:
    - id: value
      weight: 1
      terms: [{ label: { zh-CN: 收入, en: Revenue }, formula: 50 }]
      bands: [{ min: 0, feedback: { zh-CN: 好, en: Fine } }]
  grades: [{ min: 0, grade: A, label: { zh-CN: 好, en: Fine } }]
`;
const sharedExample = encodeShareLink(SHARED_CASE);

export const A11Y_ROUTES: string[] = [
  '#/',
  '#/nope', // the not-found page
  ...(firstLesson ? [`#/lesson/${firstLesson.slug}`] : []),
  '#/sandbox/coffee-card-example',
  '#/play/coffee-card-example', // its debrief is reached by playing: test/e2e/player.e2e.ts checks it
  '#/class',
  '#/lab/customers', // the customer value lab's empty state; customerLab.e2e.ts checks it with data
  '#/author', // the editor needs a draft: test/e2e/author.e2e.ts checks it
  ...(sharedExample.ok ? [`#/shared/${sharedExample.payload}`, `#/shared/${sharedExample.payload}?view=sandbox`] : []),
  '#/shared/1AAAA', // a cut-off share link
  '#/progress', // empty in a fresh profile: test/e2e/progress.e2e.ts checks it with attempts listed
  // Every shipped case other than the example: its first step and its sandbox (ladder.e2e.ts,
  // cases.e2e.ts and simulator.e2e.ts play some of them on).
  ...content.scenarios.map((s) => s.id).filter((id) => id !== 'coffee-card-example').flatMap((id) => [`#/play/${id}`, `#/sandbox/${id}`]),
];
