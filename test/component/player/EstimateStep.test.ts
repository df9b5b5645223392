// Estimate steps: a labelled number field with unit and range; out-of-range values are
// refused with a message; a submitted estimate is locked and confirmed.
import { screen } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { coffee } from './fixtures.ts';
import { answer, heading, next, nextButton, renderPlayer } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('./contentFromDisk.ts'));

beforeEach(() => i18n.setLocale('en'));

async function reachEstimate() {
  const kit = renderPlayer(coffee());
  await next(kit.user);
  await answer(kit.user, 'Buy nine, the tenth is free');
  await next(kit.user);
  expect(heading()).toHaveTextContent('Estimate');
  return kit;
}

test('a labelled number field with the unit, range and step', async () => {
  await reachEstimate();
  const input = screen.getByRole('spinbutton', { name: 'Your estimate (cups)' });
  expect(input).toHaveAttribute('min', '0');
  expect(input).toHaveAttribute('max', '10000');
  expect(input).toHaveAttribute('step', '1');
  expect(input).toHaveAccessibleDescription('A number from 0 to 10,000 cups');
  expect(nextButton()).toHaveAccessibleDescription('Submit your estimate to continue.');
});

test('a value outside the range is refused with a message and nothing is sent', async () => {
  const { user, session } = await reachEstimate();
  const input = screen.getByRole('spinbutton', { name: 'Your estimate (cups)' });
  await user.type(input, '20000');
  await user.click(screen.getByRole('button', { name: 'Submit estimate' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 0 to 10,000.');
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toBeEnabled();
  expect(session.context.answers.estimates).toEqual({});
  expect(nextButton()).toBeDisabled();
});

test('a submitted estimate is locked, confirmed in a live region, and Next opens (Enter submits)', async () => {
  const { user, session } = await reachEstimate();
  const input = screen.getByRole('spinbutton', { name: 'Your estimate (cups)' });
  await user.type(input, '245{Enter}');
  expect(session.context.answers.estimates).toEqual({ freeCups: 245 });
  expect(input).toBeDisabled();
  expect(input).toHaveValue(245);
  expect(screen.queryByRole('button', { name: 'Submit estimate' })).toBeNull();
  const confirmation = screen.getByTestId('estimate-confirmation');
  expect(confirmation).toHaveFocus();
  expect(confirmation).toHaveTextContent('Your estimate is saved: 245 cups.');
  expect(nextButton()).toBeEnabled();
});
