// Hidden values and a teacher's locks in the player: a sandbox step never offers a hidden
// parameter (even when it offers "all"), locked sliders are read-only and send nothing, and
// the debrief reveals every hidden value with its label, value and unit, in both languages.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import Player from '../../../src/ui/player/Player.svelte';
import { debriefSandboxHref } from '../../../src/ui/player/sandboxLink.ts';
import { PlaySession } from '../../../src/ui/player/session.svelte.ts';
import { hiddenCase } from './hiddenFixture.ts';
import { heading, next } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('./contentFromDisk.ts'));

beforeEach(() => i18n.setLocale('en'));

function renderCase(params?: Record<string, number>, locked: string[] = []) {
  const session = new PlaySession(hiddenCase(), { seed: 1, params });
  const user = userEvent.setup({ delay: null });
  return { session, user, ...render(Player, { session, locked }) };
}

test('a sandbox step that offers every parameter leaves the hidden one out', () => {
  renderCase();
  expect(heading()).toHaveTextContent('Explore');
  expect(screen.getAllByRole('slider')).toHaveLength(2);
  expect(screen.getByRole('slider', { name: 'Price per order' })).toBeEnabled();
  expect(screen.getByRole('slider', { name: 'Visits a month' })).toBeEnabled();
  expect(screen.queryByText(/Service failure rate/)).toBeNull();
  // Its effect is visible (that is the puzzle): churn = 8 × 2 + 10 / 10.
  expect(document.querySelector('[data-metric="churn"] .value')).toHaveTextContent('17');
});

test('a locked slider and its number box are disabled, say why, and send no SET_PARAM', async () => {
  const { session } = renderCase({ price: 30 }, ['price']);
  const slider = screen.getByRole('slider', { name: 'Price per order' });
  expect(slider).toBeDisabled();
  expect(slider).toHaveValue('30');
  expect(screen.getByRole('spinbutton', { name: 'Price per order: exact value' })).toBeDisabled();
  expect(slider).toHaveAccessibleDescription(/Locked by your teacher\./);
  const sent = vi.spyOn(session, 'send');
  // Even an input event that reaches it (a script, an old browser) is not passed on.
  await fireEvent.input(slider, { target: { value: '50' } });
  expect(sent).not.toHaveBeenCalled();
  expect(session.context.explore).toEqual({});
  // The other parameter still moves, as SET_PARAM.
  await fireEvent.input(screen.getByRole('slider', { name: 'Visits a month' }), { target: { value: '6' } });
  expect(sent).toHaveBeenCalledWith({ type: 'SET_PARAM', name: 'visits', value: 6 });
  expect(session.context.explore).toEqual({ visits: 6 });
});

test('the debrief reveals what was really driving it, and opens the sandbox revealed', async () => {
  const { user } = renderCase({ failureRate: 3 });
  await next(user);
  expect(heading()).toHaveTextContent('Debrief');
  const section = screen.getByRole('region', { name: 'What was really driving it' });
  const entry = section.querySelector('[data-param="failureRate"]') as HTMLElement;
  expect(within(entry).getByRole('term')).toHaveTextContent('Service failure rate');
  expect(within(entry).getByRole('definition')).toHaveTextContent('3 per 100 visits Visits in a hundred where the service fails.');
  // The score used the hidden value: 100 − (3 × 2 + 10 / 10).
  expect(screen.getByTestId('debrief-total')).toHaveTextContent('Total 93 / 100');
  expect(screen.getByRole('link', { name: 'Open in the what-if sandbox' })).toHaveAttribute('href', '#/sandbox/churn-driver?p.failureRate=3&reveal=1');

  i18n.setLocale('zh-CN');
  flushSync();
  const zh = screen.getByRole('region', { name: '真正起作用的是什么' });
  expect(within(zh).getByRole('term')).toHaveTextContent('服务失误率');
  expect(within(zh).getByRole('definition')).toHaveTextContent('3 次/百次');
});

test('the sandbox link of a case with nothing hidden carries only the attempt’s moved values', async () => {
  const { coffee } = await import('./fixtures.ts');
  const { scenario } = coffee();
  const defaults = Object.fromEntries(Object.entries(scenario.parameters ?? {}).map(([name, p]) => [name, p.default]));
  expect(debriefSandboxHref(scenario, defaults)).toBe('#/sandbox/coffee-card-example');
  expect(debriefSandboxHref(scenario, { ...defaults, cupPrice: 30 })).toBe('#/sandbox/coffee-card-example?p.cupPrice=30');
});
