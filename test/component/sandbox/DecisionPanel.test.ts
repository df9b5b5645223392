// Decisions in the sandbox: every decision step is a control beside the parameters, the
// case's strategies are presets, and the results show what the engine plays for them
// (evaluateWithDecisions) — the ladder's budget split moves profit; a coffee strategy moves
// the change in profit.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { defaultAllocation } from '../../../src/engine/answers.ts';
import { evaluateWithDecisions, strategyDecisions } from '../../../src/engine/compare.ts';
import type { AllocateStep } from '../../../src/engine/scenario/schema.ts';
import { evaluateWithDefaults } from '../../../src/engine/sensitivity.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { pointsFromShares, rebalance, sharesFromPoints } from '../../../src/ui/player/allocation.ts';
import Sandbox from '../../../src/ui/sandbox/Sandbox.svelte';
import { formatMetric } from '../../../src/ui/scenario/formatMetric.ts';
import { metricText, shippedScenario } from './sandboxKit.ts';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => i18n.setLocale('en'));

const money = (x: number) => formatMetric(x, { format: 'money' }, 'en');

test('the ladder: the budget split is a control, and moving it moves profit to the engine’s figure', async () => {
  const ladder = shippedScenario('loyalty-ladder');
  render(Sandbox, { prepared: ladder, query: new URLSearchParams('seed=3'), onQueryChange: vi.fn() });
  const panel = screen.getByTestId('decision-panel');
  const split = within(panel).getByRole('group', { name: "This quarter's budget" });
  expect(metricText('profit')).toBe(money(evaluateWithDefaults(ladder, { params: {}, seed: 3 }).metrics.profit!));

  await fireEvent.input(within(split).getByRole('slider', { name: 'Attract prospects' }), { target: { value: '70' } });
  const step = ladder.steps.get('quarter') as AllocateStep;
  const ids = step.options.map((o) => o.id);
  const shares = sharesFromPoints(ids, rebalance(pointsFromShares(ids, defaultAllocation(step)), 0, 70));
  const played = evaluateWithDecisions(ladder, {}, [{ step: 'quarter', allocate: shares }], 3).metrics.profit!;
  expect(metricText('profit')).toBe(money(played));
  expect(played).not.toBe(evaluateWithDefaults(ladder, { params: {}, seed: 3 }).metrics.profit);
  // The split stays whole: the six sliders still add up to 100.
  const values = within(split).getAllByRole('slider').map((s) => Number((s as HTMLInputElement).value));
  expect(values.reduce((a, b) => a + b, 0)).toBe(100);
});

test('coffee: a strategy is a preset; pressing it shows the engine’s figures for its decisions; reset goes back', async () => {
  const coffee = shippedScenario('coffee-card-example');
  render(Sandbox, { prepared: coffee, query: new URLSearchParams(), onQueryChange: vi.fn() });
  const panel = screen.getByTestId('decision-panel');
  const before = metricText('profitChange');
  const noCard = within(panel).getByRole('button', { name: 'No card at all' });
  await fireEvent.click(noCard);
  expect(noCard).toHaveAttribute('aria-pressed', 'true');
  const expected = evaluateWithDecisions(coffee, {}, strategyDecisions(coffee, 'no-card'), 1).metrics.profitChange!;
  expect(metricText('profitChange')).toBe(money(expected));
  expect((within(panel).getByRole('combobox', { name: 'Choose the card' }) as HTMLSelectElement).value).toBe('none');
  expect(screen.getByText('Strategy applied: No card at all')).toBeInTheDocument();

  await fireEvent.click(within(panel).getByRole('button', { name: 'Decisions back to the case’s defaults' }));
  expect(metricText('profitChange')).toBe(before);
  expect(noCard).toHaveAttribute('aria-pressed', 'false');
});
