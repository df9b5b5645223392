// A teacher's link on #/sandbox: locked parameters are read-only and stay put through presets
// and "reset", the lock and language stay in the URL, and hidden parameters are neither shown,
// settable nor in the tornado unless the link reveals them (the debrief's link).
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import Sandbox from '../../../src/ui/sandbox/Sandbox.svelte';
import { hiddenCase } from '../player/hiddenFixture.ts';
import { chartTableRows, metricText, shippedScenario } from './sandboxKit.ts';

const coffee = shippedScenario('coffee-card-example');
const UPLIFT = 'Extra visits a stamp card brings';

function renderSandbox(query: string, prepared = coffee) {
  const onQueryChange = vi.fn();
  const view = render(Sandbox, { prepared, query: new URLSearchParams(query), onQueryChange });
  return { ...view, onQueryChange };
}

beforeEach(() => i18n.setLocale('en'));
afterEach(() => i18n.setLocale('en'));

describe('locks', () => {
  test('a locked parameter opens at the link’s value, read-only, and says why', () => {
    renderSandbox('p.cupPrice=30&lock=cupPrice');
    const slider = screen.getByRole('slider', { name: 'Price per cup' });
    expect(slider).toHaveValue('30');
    expect(slider).toBeDisabled();
    expect(screen.getByRole('spinbutton', { name: 'Price per cup: exact value' })).toBeDisabled();
    expect(slider).toHaveAccessibleDescription(/Locked by your teacher\./);
    expect(screen.getByRole('slider', { name: UPLIFT })).toBeEnabled();
  });

  test('input, a preset and "reset to defaults" leave a locked value where the teacher put it', async () => {
    renderSandbox('p.cupPrice=30&p.upliftStamp=0.3&lock=cupPrice');
    // 2000 visits · (1.3 · (0.9 · 30 − 6) − (30 − 6)) = 6,600
    expect(metricText('profitChange')).toBe('6,600');
    await fireEvent.input(screen.getByRole('slider', { name: 'Price per cup' }), { target: { value: '50' } });
    expect(screen.getByRole('slider', { name: 'Price per cup' })).toHaveValue('30');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByText('Every parameter you can move is back at its default; the locked ones stay as your teacher set them.')).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: UPLIFT })).toHaveValue('0.15');
    expect(screen.getByRole('slider', { name: 'Price per cup' })).toHaveValue('30');
    await fireEvent.click(screen.getByRole('button', { name: 'Very responsive customers' }));
    expect(screen.getByRole('slider', { name: UPLIFT })).toHaveValue('0.3');
    expect(screen.getByRole('slider', { name: 'Price per cup' })).toHaveValue('30');
    expect(metricText('profitChange')).toBe('6,600');
  });

  test('the URL keeps the lock and the language as the state changes', async () => {
    const { onQueryChange } = renderSandbox('p.cupPrice=30&lock=cupPrice&lang=en&seed=2');
    await fireEvent.input(screen.getByRole('slider', { name: UPLIFT }), { target: { value: '0.4' } });
    await waitFor(() => expect(onQueryChange).toHaveBeenCalled());
    expect(onQueryChange.mock.lastCall?.[0].toString()).toBe('seed=2&p.cupPrice=30&p.upliftStamp=0.4&lock=cupPrice&lang=en');
  });

  test('lang opens the sandbox in that language; the learner’s switch afterwards stays', async () => {
    const { rerender, onQueryChange } = renderSandbox('lang=zh-CN');
    expect(i18n.locale).toBe('zh-CN');
    expect(screen.getByRole('slider', { name: '每杯售价' })).toBeInTheDocument();
    i18n.setLocale('en');
    flushSync();
    await fireEvent.input(screen.getByRole('slider', { name: UPLIFT }), { target: { value: '0.4' } });
    await waitFor(() => expect(onQueryChange).toHaveBeenCalled());
    // Our own URL write comes back as the route's query: it is not a new link.
    await rerender({ query: onQueryChange.mock.lastCall?.[0] });
    expect(i18n.locale).toBe('en');
  });
});

describe('hidden parameters', () => {
  const hidden = hiddenCase();

  test('are not shown, not settable from the link, and not in the tornado', async () => {
    renderSandbox('p.failureRate=2&p.price=20', hidden);
    expect(screen.getAllByRole('slider').map((s) => s.closest('[data-param]')?.getAttribute('data-param'))).toEqual(['price', 'visits']);
    expect(screen.queryByText(/Service failure rate/)).toBeNull();
    expect(screen.getByTestId('url-notice')).toHaveTextContent('“failureRate” is hidden in this case until its debrief, so the link cannot set it here.');
    expect(metricText('churn')).toBe('18'); // the default 8 × 2 + 20 / 10
    const title = 'Sensitivity of Churn';
    await waitFor(() => screen.getByRole('figure', { name: title }));
    expect((await chartTableRows(title)).slice(1).map((row) => row[0])).toEqual(['Price per order', 'Visits a month']);
  });

  test('with reveal=1 they are shown, marked, settable from the link and in the tornado', async () => {
    renderSandbox('reveal=1&p.failureRate=2', hidden);
    const slider = screen.getByRole('slider', { name: 'Service failure rate' });
    expect(slider).toHaveValue('2');
    expect(slider).toBeEnabled();
    expect(slider).toHaveAccessibleDescription(/Hidden while the case is played\./);
    expect(metricText('churn')).toBe('5'); // 2 × 2 + 10 / 10
    const title = 'Sensitivity of Churn';
    await waitFor(() => screen.getByRole('figure', { name: title }));
    // Plausible ranges, default ± 20 %: failureRate 6.4 → 9.6 moves churn by 2 · 3.2 = 6.4;
    // price 8 → 12 by 4 / 10 = 0.4; visits not at all.
    expect((await chartTableRows(title)).slice(1).map((row) => [row[0], row[4]])).toEqual([
      ['Service failure rate', '6.4'],
      ['Price per order', '0.4'],
      ['Visits a month', '0'],
    ]);
  });
});
