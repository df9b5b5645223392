// A model with chance in it (Mrs. Smith's word-of-mouth cascade): the seed control decides the
// simulated distribution, and the histogram shows the engine's counts for that seed.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import type { BarSeries } from '../../../src/engine/series.ts';
import { evaluateWithDefaults } from '../../../src/engine/sensitivity.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { formatValue } from '../../../src/ui/charts/formatNumber.ts';
import Sandbox from '../../../src/ui/sandbox/Sandbox.svelte';
import { chartTableRows, shippedScenario } from './sandboxKit.ts';

const smith = shippedScenario('mrs-smith-lost-value');
const HISTOGRAM = 'A thousand simulated outcomes';

function engineCounts(seed: number): string[] {
  const series = evaluateWithDefaults(smith, { params: {}, seed }).model?.series.distribution as BarSeries;
  return series.items.map((item) => formatValue(item.value, 'en'));
}

beforeEach(() => i18n.setLocale('en'));
// Three full redraws of a case with six charts and its decision controls: slow on a busy machine.
vi.setConfig({ testTimeout: 15_000 });

test('the histogram follows the seed: typed, and drawn anew', async () => {
  const onQueryChange = vi.fn();
  render(Sandbox, { prepared: smith, query: new URLSearchParams('seed=3'), onQueryChange });
  const counts = async () => (await chartTableRows(HISTOGRAM)).slice(1).map((row) => row[1]);
  expect(await counts()).toEqual(engineCounts(3));

  const seedBox = screen.getByRole('spinbutton', { name: 'Random seed' });
  await fireEvent.change(seedBox, { target: { value: '42' } });
  expect(await counts()).toEqual(engineCounts(42));
  expect(engineCounts(42)).not.toEqual(engineCounts(3)); // the seed really matters here

  await fireEvent.change(seedBox, { target: { value: '4.5' } });
  expect(screen.getByText('A seed is a whole number: it stays at 42.')).toBeInTheDocument();
  expect(seedBox).toHaveValue(42);

  await fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
  const drawn = Number((seedBox as HTMLInputElement).value);
  expect(drawn).not.toBe(42);
  expect(await counts()).toEqual(engineCounts(drawn));
});

test('a case without a model has no seed control', () => {
  render(Sandbox, { prepared: shippedScenario('coffee-card-example'), query: new URLSearchParams(), onQueryChange: vi.fn() });
  expect(screen.queryByRole('spinbutton', { name: 'Random seed' })).toBeNull();
});
