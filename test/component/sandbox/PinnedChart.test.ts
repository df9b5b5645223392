// On a phone-width screen the sandbox pins one chart above the sliders (the learner picks
// which); it redraws with every slider move and stays out of the accessibility tree (the
// results show the same chart). On a wide screen nothing is pinned.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import Sandbox from '../../../src/ui/sandbox/Sandbox.svelte';
import { shippedScenario } from './sandboxKit.ts';

function screenWidth(isNarrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: isNarrow && query.includes('max-width'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

beforeEach(() => i18n.setLocale('en'));
afterEach(() => vi.unstubAllGlobals());

test('a phone: the first chart is pinned and follows the sliders', async () => {
  screenWidth(true);
  render(Sandbox, { prepared: shippedScenario('coffee-card-example'), query: new URLSearchParams(), onQueryChange: vi.fn() });
  const pinned = screen.getByTestId('pinned-chart');
  const drawing = pinned.querySelector('.drawing') as HTMLElement;
  expect(drawing.hasAttribute('inert')).toBe(true);
  expect(drawing.getAttribute('aria-hidden')).toBe('true');
  expect(drawing.querySelector('figcaption')).toHaveTextContent('Revenue and profit');
  // Bars of revenue, gross profit, base profit: the heights change when the price moves.
  const heights = () => [...drawing.querySelectorAll('rect')].map((r) => r.getAttribute('height'));
  const before = heights();
  await fireEvent.input(screen.getByRole('slider', { name: /Price per cup/ }), { target: { value: '30' } });
  expect(heights()).not.toEqual(before);
  // Coffee has one chart: no picker.
  expect(within(pinned).queryByRole('combobox')).toBeNull();
});

test('a phone with several charts: the picker names them and swaps the pinned one', async () => {
  screenWidth(true);
  render(Sandbox, { prepared: shippedScenario('mrs-smith-lost-value'), query: new URLSearchParams(), onQueryChange: vi.fn() });
  const pinned = screen.getByTestId('pinned-chart');
  const picker = within(pinned).getByRole('combobox', { name: 'Chart kept in view' });
  expect(pinned.querySelector('figcaption')).toHaveTextContent('Who hears the story (low end)');
  await fireEvent.change(picker, { target: { value: 'distribution' } });
  expect(pinned.querySelector('figcaption')).toHaveTextContent('A thousand simulated outcomes');
});

test('a wide screen: controls sit beside the results, nothing is pinned', () => {
  screenWidth(false);
  render(Sandbox, { prepared: shippedScenario('coffee-card-example'), query: new URLSearchParams(), onQueryChange: vi.fn() });
  expect(screen.queryByTestId('pinned-chart')).toBeNull();
});
