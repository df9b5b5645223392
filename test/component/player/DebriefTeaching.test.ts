// Mrs. Smith's case as a learner meets it: during the gut guess the lesson panel keeps the
// worked answer closed; in the debrief the guess stands against the outcome (from the floor
// $221,000 = 26,000 + 7.5 × 26,000 up to the all-swayed $806,000), marked on the histogram, and the scoring rules come
// last, folded away.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import type { PlayEvent } from '../../../src/engine/machine/events.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { prepare } from './fixtures.ts';
import { heading, renderPlayer } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('./contentFromDisk.ts'));
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => i18n.setLocale('en'));

const smith = () => prepare(readFileSync(resolve(import.meta.dirname, '../../../scenarios/mrs-smith-lost-value.yaml'), 'utf8'));
const lessonPanel = () => document.querySelector('.lesson-panel') as HTMLElement;

/** Opens the panel (it loads the lesson when first opened) and waits for its text. */
async function lessonLoaded() {
  const panel = lessonPanel() as HTMLDetailsElement;
  if (!panel.open) {
    panel.open = true;
    panel.dispatchEvent(new Event('toggle'));
  }
  await vi.waitFor(() => expect(lessonPanel()).toHaveTextContent('Moments of truth'));
}

test('the guess step keeps the worked answer closed; the debrief opens it', async () => {
  const { session } = renderPlayer(smith(), { seed: 5 });
  session.send({ type: 'NEXT' });
  session.send({ type: 'CHOOSE', option: ['refused-requests', 'no-thanks'] });
  session.send({ type: 'NEXT' });
  flushSync();
  expect(heading()).toHaveTextContent('First, a gut guess');
  await lessonLoaded();
  expect(lessonPanel()).not.toHaveTextContent('221,000');
  expect(lessonPanel()).not.toHaveTextContent('The arithmetic (read after the case)');
  expect(within(lessonPanel()).getByTestId('after-debrief-note')).toHaveTextContent('the worked answer, opens in the debrief');

  session.send({ type: 'SUBMIT', value: 50000 });
  session.send({ type: 'NEXT' });
  session.send({ type: 'NEXT' });
  session.send({ type: 'CHOOSE', option: 'coupon' });
  session.send({ type: 'NEXT' });
  flushSync();
  expect(heading()).toHaveTextContent('Debrief');
  await vi.waitFor(() => expect(lessonPanel()).toHaveTextContent('at least $221,000 if she tells 10 people'));
  expect(within(lessonPanel()).queryByTestId('after-debrief-note')).toBeNull();
});

test('the debrief sets the guess against the outcome on the histogram, and folds the rules away', async () => {
  const { session } = renderPlayer(smith(), { seed: 5 });
  for (const event of [
    { type: 'NEXT' },
    { type: 'CHOOSE', option: ['refused-requests', 'no-thanks'] },
    { type: 'NEXT' },
    { type: 'SUBMIT', value: 50000 },
    { type: 'NEXT' },
    { type: 'NEXT' },
    { type: 'CHOOSE', option: 'coupon' },
    { type: 'NEXT' },
  ] satisfies PlayEvent[]) session.send(event);
  flushSync();
  const estimate = screen.getByTestId('debrief-estimate');
  // 221,000 / 50,000 = 4.42, shown to one decimal.
  // The outcome runs from the textbook's floor to the loss if everyone she tells is swayed
  // (the floors are minimums: issue 14): she tells 20, all swayed, each tells 5 more, a quarter
  // of the 120 leave: 26,000 + 30 × 26,000 = 806,000.
  expect(estimate).toHaveTextContent('You estimated 50,000 dollars. The model gives 221,000 to 806,000 dollars. Your estimate is 4.4 times too low.');
  const histogram = within(estimate).getByRole('figure', { name: 'A thousand simulated outcomes' });
  expect(histogram.querySelectorAll('line.value-marker')).toHaveLength(1);
  expect(within(histogram).getByText('Your estimate: 50,000 dollars')).toBeInTheDocument();

  // What happened comes first and carries no scoring rule; the rules sit last, closed.
  const story = screen.getByTestId('debrief-story');
  await vi.waitFor(() => expect(story).toHaveTextContent('What she is worth.'));
  expect(story).not.toHaveTextContent('How your guess was scored');
  const rules = screen.getByTestId('debrief-rules') as HTMLDetailsElement;
  expect(rules.open).toBe(false);
  await vi.waitFor(() => expect(rules).toHaveTextContent('How your guess was scored.'));
  // The recovery paragraph teaches, so it stays with the story, not among the rules.
  expect(rules).not.toHaveTextContent('The recovery.');
  const article = screen.getByRole('article');
  const order = [...article.querySelectorAll('[data-testid]')].map((e) => (e as HTMLElement).dataset.testid).filter((id) => id?.startsWith('debrief-'));
  expect(order.indexOf('debrief-story')).toBeLessThan(order.indexOf('debrief-estimate'));
  expect(order.indexOf('debrief-estimate')).toBeLessThan(order.indexOf('debrief-total'));
  expect(order.at(-1)).toBe('debrief-rules');

  i18n.setLocale('zh-CN');
  flushSync();
  expect(screen.getByTestId('debrief-estimate')).toHaveTextContent('你估低了：结果约为你估计的 4.4 倍。');
  await vi.waitFor(() => expect(screen.getByTestId('debrief-rules')).toHaveTextContent('你的估计怎样计分。'));
});
