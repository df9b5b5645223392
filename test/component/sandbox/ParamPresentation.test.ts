// How parameters are presented: model internals (`group: advanced`) fold away in a closed
// <details>, a 0/1 convention (`switch: true`) is an on/off switch, and a share
// (`format: percent`) reads as %.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import Sandbox from '../../../src/ui/sandbox/Sandbox.svelte';
import { metricText } from './sandboxKit.ts';

beforeEach(() => i18n.setLocale('en'));

function smithWith(edit: (text: string) => string) {
  const text = edit(readFileSync(resolve(import.meta.dirname, '../../../scenarios/mrs-smith-lost-value.yaml'), 'utf8'));
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return prepareScenario(loaded.scenario);
}

test('advanced folds away, a 0/1 convention is a switch, a share reads as %', async () => {
  // The shipped case marks the switch and the shares itself (issue 14); the test adds the group.
  const p = smithWith((t) => {
    expect(t).toMatch(/ {2}countFirstCircle:\n(?: {4}.*\n)*? {4}switch: true\n/);
    expect(t).toMatch(/ {2}lostShare:\n(?: {4}.*\n)*? {4}format: percent\n/);
    return t.replace('  discountRate:\n', '  discountRate:\n    group: advanced\n');
  });
  render(Sandbox, { prepared: p, query: new URLSearchParams(), onQueryChange: vi.fn() });
  const params = screen.getByRole('region', { name: 'Parameters' });
  const advanced = within(params).getByTestId('advanced-parameters') as HTMLDetailsElement;
  expect(advanced.open).toBe(false);
  expect(advanced.querySelector('summary')).toHaveTextContent('Model internals (1)');
  expect(within(advanced).getByRole('slider', { name: 'Yearly discount rate' })).toBeInTheDocument();

  const toggle = within(params).getByRole('switch', { name: /Count the first circle among the affected/ });
  expect(toggle).toBeChecked();
  expect(metricText('affectedLow')).toBe('30'); // 5 + 25
  await fireEvent.click(toggle);
  expect(toggle).not.toBeChecked();
  expect(metricText('affectedLow')).toBe('25'); // the second circle only

  expect(within(params).getByRole('slider', { name: /Share of those affected who stop/ })).toHaveAttribute('aria-valuetext', '25%');
});
