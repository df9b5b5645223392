// The sandbox workspace on the coffee-card example: sliders, exact values, presets, the
// baseline comparison and the sensitivity chart all show the engine's numbers.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { evaluateWithDefaults } from '../../../src/engine/sensitivity.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import Sandbox from '../../../src/ui/sandbox/Sandbox.svelte';
import { formatMetric } from '../../../src/ui/scenario/formatMetric.ts';
import { chartTableRows, deltaText, metricText, shippedScenario } from './sandboxKit.ts';

const coffee = shippedScenario('coffee-card-example');
const UPLIFT = 'Extra visits a stamp card brings';

function renderSandbox(query = '') {
  const onQueryChange = vi.fn();
  const view = render(Sandbox, { prepared: coffee, query: new URLSearchParams(query), onQueryChange });
  return { ...view, onQueryChange };
}

beforeEach(() => i18n.setLocale('en'));
afterEach(() => i18n.setLocale('en'));

describe('sliders and exact values', () => {
  test('moving a slider changes the metrics and the chart to the engine’s values', async () => {
    renderSandbox();
    expect(metricText('profitChange')).toBe('-400');
    await fireEvent.input(screen.getByRole('slider', { name: UPLIFT }), { target: { value: '0.3' } });
    const engine = evaluateWithDefaults(coffee, { params: { upliftStamp: 0.3 }, seed: 1 });
    expect(metricText('profitChange')).toBe(formatMetric(engine.metrics.profitChange!, coffee.scenario.metrics!.profitChange!, 'en'));
    expect(metricText('profitChange')).toBe('3,200'); // 2000 · (1.3 · 12 − 14)
    expect(metricText('cupsPerMonth')).toBe('2,600');
    expect((await chartTableRows('Revenue and profit')).slice(1)).toEqual([
      ['Monthly revenue', '46,800'],
      ['Monthly gross profit', '31,200'],
      ['Gross profit without a card', '28,000'],
    ]);
  });

  test('every parameter is a labelled slider with its exact-value box, unit and range', () => {
    renderSandbox();
    const labels = ['Regular customers', 'Visits per customer per month', 'Price per cup', 'Cost per cup', UPLIFT];
    // The parameters' sliders (the decisions' budget split has its own group, DecisionPanel.test.ts).
    const params = screen.getByRole('region', { name: 'Parameters' });
    expect(within(params).getAllByRole('slider').map((s) => s.getAttribute('aria-valuetext'))).toEqual(['500 people', '4 visits', '20 yuan', '6 yuan', '0.15']);
    for (const label of labels) {
      expect(screen.getByRole('slider', { name: label })).toBeInTheDocument();
      expect(screen.getByRole('spinbutton', { name: `${label}: exact value` })).toBeInTheDocument();
    }
    expect(screen.getByRole('slider', { name: UPLIFT })).toHaveAccessibleDescription(/^From 0 to 0\.5 e\.g\. 0\.15 means 15% more visits\s*$/);
  });

  test('a typed value applies as it is typed; one out of range is clamped with a message', async () => {
    renderSandbox();
    const box = screen.getByRole('spinbutton', { name: `${UPLIFT}: exact value` });
    await fireEvent.input(box, { target: { value: '0.25' } });
    expect(metricText('profitChange')).toBe('2,000'); // 2000 · (1.25 · 12 − 14)
    await fireEvent.change(box, { target: { value: '0.9' } });
    expect(screen.getByText('0.9 is above the maximum: set to 0.5.')).toBeInTheDocument();
    expect(metricText('profitChange')).toBe('8,000');
    expect(box).toHaveValue(0.5);
    expect(screen.getByRole('slider', { name: UPLIFT })).toHaveValue('0.5');
  });
});

describe('presets, reset and baseline', () => {
  test('a preset is one click, and reset brings every default back', async () => {
    renderSandbox();
    await fireEvent.input(screen.getByRole('slider', { name: 'Cost per cup' }), { target: { value: '10' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Very responsive customers' }));
    expect(screen.getByRole('slider', { name: UPLIFT })).toHaveValue('0.3');
    expect(screen.getByRole('slider', { name: 'Cost per cup' })).toHaveValue('6'); // a preset starts from the defaults
    expect(metricText('profitChange')).toBe('3,200');
    expect(screen.getByText('Preset “Very responsive customers” applied.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('slider', { name: UPLIFT })).toHaveValue('0.15');
    expect(metricText('profitChange')).toBe('-400');
  });

  test('a pinned baseline shows each metric’s change and the chart’s baseline column', async () => {
    renderSandbox();
    expect(screen.queryByRole('button', { name: 'Clear baseline' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Pin as baseline' }));
    expect(deltaText('profitChange')).toBe('(±0)');
    await fireEvent.input(screen.getByRole('slider', { name: UPLIFT }), { target: { value: '0.3' } });
    expect(deltaText('profitChange')).toBe('(+3,600)'); // 3,200 − (−400)
    expect(deltaText('revenue')).toBe('(+5,400)'); // 46,800 − 41,400
    expect(deltaText('baseProfit')).toBe('(±0)');
    expect((await chartTableRows('Revenue and profit'))[1]).toEqual(['Monthly revenue', '46,800', '41,400']);
    await fireEvent.click(screen.getByRole('button', { name: 'Clear baseline' }));
    expect(deltaText('profitChange')).toBeNull();
    expect(screen.getByRole('button', { name: 'Pin as baseline' })).toHaveFocus();
  });
});

describe('sensitivity', () => {
  test('opens on the metric the case’s what-if step names first; the table lists parameters by swing', async () => {
    renderSandbox();
    expect(screen.getByRole('combobox', { name: 'Metric' })).toHaveValue('profitChange');
    const title = 'Sensitivity of Change in gross profit from the card';
    await waitFor(() => screen.getByRole('figure', { name: title }));
    expect(await chartTableRows(title)).toEqual([
      ['Parameter', 'Parameter range', 'Change in gross profit from the card (yuan) at minimum', 'Change in gross profit from the card (yuan) at maximum', 'Swing'],
      [UPLIFT, '0 – 0.5', '-4,000', '8,000', '12,000'],
      ['Cost per cup', '1 – 30', '1,100', '-7,600', '8,700'],
      ['Regular customers', '50 – 5,000', '-40', '-4,000', '3,960'],
      ['Price per cup', '5 – 60', '-1,450', '2,400', '3,850'],
      ['Visits per customer per month', '1 – 20', '-100', '-2,000', '1,900'],
    ]);
  });

  test('another metric chosen: its own sweep at once', async () => {
    renderSandbox();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Metric' }), { target: { value: 'revenue' } });
    const title = 'Sensitivity of Monthly revenue';
    await waitFor(() => screen.getByRole('figure', { name: title }));
    // revenue = C · V · (1 + u) · 0.9 · P; the cost of a cup does not enter it.
    const rows = (await chartTableRows(title)).slice(1);
    expect(rows.map((row) => row[0])).toEqual(['Regular customers', 'Visits per customer per month', 'Price per cup', UPLIFT, 'Cost per cup']);
    expect(rows[0]).toEqual(['Regular customers', '50 – 5,000', '4,140', '414,000', '409,860']);
    expect(rows[4]).toEqual(['Cost per cup', '1 – 30', '41,400', '41,400', '0']);
  });

  test('the sweep follows the sliders once they rest', async () => {
    renderSandbox();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Metric' }), { target: { value: 'profitChange' } });
    const title = 'Sensitivity of Change in gross profit from the card';
    await waitFor(() => screen.getByRole('figure', { name: title }));
    await fireEvent.input(screen.getByRole('slider', { name: UPLIFT }), { target: { value: '0.3' } });
    // With uplift 0.3 the card earns 2000 · (1.3 · 12 − 14) = 3,200, so the scale of the café
    // now matters most: customers 50 → 320, 5,000 → 32,000. Price: 2000 · (1.3 · −1.5 + 1) = −1,900
    // at 5, 2000 · (1.3 · 48 − 54) = 16,800 at 60. Cost: 6,200 at 1, −11,200 at 30.
    await waitFor(async () => expect((await chartTableRows(title)).slice(1, 4)).toEqual([
      ['Regular customers', '50 – 5,000', '320', '32,000', '31,680'],
      ['Price per cup', '5 – 60', '-1,900', '16,800', '18,700'],
      ['Cost per cup', '1 – 30', '6,200', '-11,200', '17,400'],
    ]));
    expect(within(screen.getByRole('figure', { name: title })).getByRole('img')).toHaveAccessibleName(
      `${title}. Sensitivity of Change in gross profit from the card to 5 parameters; largest swing: Regular customers.`,
    );
  });
});

describe('the URL', () => {
  test('a link’s values open the same what-if; unusable ones are named in a notice', async () => {
    const { onQueryChange } = renderSandbox('p.upliftStamp=0.3&p.cupCost=99&p.nope=1&seed=abc');
    expect(metricText('profitChange')).toBe('3,200');
    const notice = screen.getByTestId('url-notice');
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '99 for Cost per cup is outside the range 1 to 30.',
      '“nope” is not a parameter of this case.',
      '“abc” is not a whole-number seed; seed 1 is used.',
    ]);
    // The link is tidied to what was used.
    await waitFor(() => expect(onQueryChange).toHaveBeenCalled());
    expect(onQueryChange.mock.lastCall?.[0].toString()).toBe('seed=1&p.upliftStamp=0.3');
    await fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('url-notice')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the case' })).toHaveFocus();
  });

  test('moved values reach the URL once the slider rests, only those that differ from the defaults', async () => {
    const { onQueryChange } = renderSandbox('seed=7');
    await fireEvent.input(screen.getByRole('slider', { name: 'Price per cup' }), { target: { value: '25' } });
    await fireEvent.input(screen.getByRole('slider', { name: 'Price per cup' }), { target: { value: '20' } });
    await fireEvent.input(screen.getByRole('slider', { name: UPLIFT }), { target: { value: '0.4' } });
    await waitFor(() => expect(onQueryChange).toHaveBeenCalledTimes(1));
    expect(onQueryChange.mock.lastCall?.[0].toString()).toBe('seed=7&p.upliftStamp=0.4');
  });

  test('a new link for the same case (pasted in the same tab) is taken up', async () => {
    const { rerender } = renderSandbox('seed=7');
    await rerender({ query: new URLSearchParams('seed=7&p.cupCost=10') });
    expect(screen.getByRole('slider', { name: 'Cost per cup' })).toHaveValue('10');
    expect(metricText('profitChange')).toBe('-1,600'); // 2000 · (1.15 · 8 − 10)
  });
});
