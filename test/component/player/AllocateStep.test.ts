// Allocate steps: linked sliders that always sum to 100 % (one moves, the others rebalance
// in proportion), shares as % and as amounts of the budget, Submit per round, the round's
// results and "next round" until every round is played.
import { fireEvent, screen } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { tiny } from './fixtures.ts';
import { answer, heading, next, nextButton, renderPlayer } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('./contentFromDisk.ts'));

beforeEach(() => i18n.setLocale('en'));

const slider = (name: string) => screen.getByRole('slider', { name });
const percentField = (name: string) => screen.getByRole('spinbutton', { name: `${name}, percent` });
const sliderValues = () => ['Alpha', 'Beta', 'Gamma'].map((n) => Number((slider(n) as HTMLInputElement).value));
const total = () => screen.getByTestId('allocation-total');

async function reachSplit() {
  const kit = renderPlayer(tiny());
  await answer(kit.user, 'Keep her');
  await next(kit.user);
  expect(heading()).toHaveTextContent('Split');
  return kit;
}

test('starts evenly, shows Round 1 of 2, the budget and each share as % and amount', async () => {
  await reachSplit();
  expect(screen.getByTestId('round-summary').textContent).toBe('');
  expect(screen.getByTestId('round')).toHaveTextContent('Round 1 of 2');
  expect(screen.getByText('Budget to split: 1,000 yuan')).toBeInTheDocument();
  expect(sliderValues()).toEqual([34, 33, 33]);
  expect(slider('Alpha')).toHaveAttribute('aria-valuetext', '34% · 340 yuan');
  expect(total()).toHaveTextContent('Total: 100% · 1,000 yuan');
  expect(nextButton()).toHaveAccessibleDescription('Submit your split of the budget to continue.');
});

test('moving one slider rebalances the others in proportion; the total stays 100 %', async () => {
  await reachSplit();
  const moves: [string, number, number[]][] = [
    ['Alpha', 60, [60, 20, 20]],
    ['Beta', 30, [53, 30, 17]], // 70 left for 60 : 20 → 52.5 : 17.5, the tie rounds up the first
    ['Gamma', 0, [64, 36, 0]],
    ['Alpha', 100, [100, 0, 0]],
    ['Beta', 10, [90, 10, 0]], // an option at 0 stays at 0: the rest goes where the shares are
  ];
  for (const [name, value, expected] of moves) {
    await fireEvent.input(slider(name), { target: { value: String(value) } });
    expect(sliderValues()).toEqual(expected);
    expect(sliderValues().reduce((a, b) => a + b, 0)).toBe(100);
    expect(total()).toHaveTextContent('Total: 100%');
  }
  expect(slider('Alpha')).toHaveAttribute('aria-valuetext', '90% · 900 yuan');
});

test('the number fields rebalance too, and a typed value out of range is clamped', async () => {
  const { user } = await reachSplit();
  await user.clear(percentField('Beta'));
  await user.type(percentField('Beta'), '50{Tab}');
  expect(sliderValues()).toEqual([25, 50, 25]);
  await user.clear(percentField('Gamma'));
  await user.type(percentField('Gamma'), '150{Tab}');
  expect(sliderValues()).toEqual([0, 0, 100]);
  expect(percentField('Gamma')).toHaveValue(100);
});

test('each round is submitted, shows its results and a next-round button until all are played', async () => {
  const { user, session } = await reachSplit();
  await fireEvent.input(slider('Alpha'), { target: { value: '70' } });
  await user.click(screen.getByRole('button', { name: 'Submit round 1' }));
  expect(session.context.answers.allocations.split).toEqual([{ a: 0.7, b: 0.15, c: 0.15 }]);

  const results = screen.getByRole('heading', { name: 'Results of round 1' });
  expect(results).toHaveFocus();
  expect(screen.getByTestId('round-summary')).toHaveTextContent('Alpha: 70% (700 yuan); Beta: 15% (150 yuan); Gamma: 15% (150 yuan)');
  expect(screen.getByTestId('round-summary')).toHaveAttribute('aria-live', 'polite');
  // The step's metric, from the engine: price 10 × (1 + keep) × (1 + share of Alpha).
  expect(document.querySelector('[data-metric="revenue"] .value')).toHaveTextContent('34');
  expect(slider('Alpha')).toBeDisabled();
  expect(nextButton()).toBeDisabled();
  expect(nextButton()).toHaveAccessibleDescription('Play all 2 rounds to continue.');

  await user.click(screen.getByRole('button', { name: 'Start round 2 of 2' }));
  expect(screen.getByTestId('round')).toHaveTextContent('Round 2 of 2');
  expect(heading()).toHaveFocus();
  expect(sliderValues()).toEqual([70, 15, 15]); // the last round's split to start from
  await fireEvent.input(slider('Alpha'), { target: { value: '20' } });
  await user.click(screen.getByRole('button', { name: 'Submit round 2' }));
  expect(session.context.answers.allocations.split).toEqual([{ a: 0.7, b: 0.15, c: 0.15 }, { a: 0.2, b: 0.4, c: 0.4 }]);
  expect(screen.getByText('All 2 rounds are played.')).toBeInTheDocument();
  // Averaged over the rounds: 10 × 2 × (1 + 0.45).
  expect(document.querySelector('[data-metric="revenue"] .value')).toHaveTextContent('29');
  expect(nextButton()).toBeEnabled();
  await next(user);
  expect(heading()).toHaveTextContent('Debrief');
});
