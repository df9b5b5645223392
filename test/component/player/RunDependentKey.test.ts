// An answer key read from the learner's own run (test/fixtures/run-dependent-key.yaml): "It
// rose" is right after "Keep" (revenue = 2 × price) and wrong after "Drop"; the mark, its words
// and the run's feedback say so, in the step and again in the debrief's path.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, expect, test } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { prepare } from './fixtures.ts';
import { renderPlayer } from './playerKit.ts';

beforeEach(() => i18n.setLocale('en'));

const fixture = () => prepare(readFileSync(resolve(import.meta.dirname, '../../fixtures/run-dependent-key.yaml'), 'utf8'));

function answerRose(plan: 'keep' | 'drop') {
  const { session } = renderPlayer(fixture(), { seed: 1 });
  session.send({ type: 'NEXT' });
  session.send({ type: 'CHOOSE', option: plan });
  session.send({ type: 'NEXT' });
  session.send({ type: 'CHOOSE', option: 'yes' });
  flushSync();
  return session;
}

test('after Keep, "It rose" is judged right, with the feedback for that run', () => {
  answerRose('keep');
  const item = within(screen.getByTestId('choice-feedback')).getByRole('listitem');
  expect(item.querySelector('.mark')).toHaveTextContent('✓');
  expect(item.querySelector('.verdict')).toHaveTextContent('Your judgement: right — you chose it, and it is correct');
  expect(item).toHaveTextContent('Right: you kept the customers, and revenue is twice the price.');
});

test('after Drop, the same answer is judged wrong, and the path in the debrief agrees', () => {
  const session = answerRose('drop');
  const item = within(screen.getByTestId('choice-feedback')).getByRole('listitem');
  expect(item.querySelector('.mark')).toHaveTextContent('✗');
  expect(item.querySelector('.verdict')).toHaveTextContent('Your judgement: wrong — you chose it, but it is not correct');
  expect(item).toHaveTextContent('Not so: you let them go, and revenue did not move.');
  session.send({ type: 'NEXT' });
  session.send({ type: 'CHOOSE', option: 'rest' });
  session.send({ type: 'NEXT' });
  flushSync();
  const rose = document.querySelector('[data-step="rose"]') as HTMLElement;
  expect(within(rose).getByText(/It rose/)).toHaveTextContent('Your judgement: wrong — you chose it, but it is not correct');
  expect(within(rose).getByText(/It did not/)).toHaveTextContent('Your judgement: wrong — it is correct, but you left it out');
});
