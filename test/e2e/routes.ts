// Every route the accessibility spec (a11y.e2e.ts) visits, in both languages. When you add
// a page, append one hash path for it here — with a real id, so the page renders content.
import { resolve } from 'node:path';
import { buildContentIndex } from '../../scripts/content-index.ts';

const content = buildContentIndex(resolve(import.meta.dirname, '../..'));
const firstLesson = content.lessons[0];

export const A11Y_ROUTES: string[] = [
  '#/',
  '#/nope', // the not-found page
  ...(firstLesson ? [`#/lesson/${firstLesson.slug}`] : []),
  '#/sandbox/coffee-card-example',
  '#/play/coffee-card-example', // its debrief is reached by playing: test/e2e/player.e2e.ts checks it
  '#/class',
];
