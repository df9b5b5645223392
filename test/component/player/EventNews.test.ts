// Case events in the player (coffee example): the chain's voucher week fires after the first
// month of the budget (`when: round >= 1`); its news card appears in the live region above
// that step, in the learner's language, and leaves with the step.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, expect, test } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { coffee } from './fixtures.ts';
import { renderPlayer } from './playerKit.ts';

beforeEach(() => i18n.setLocale('en'));

test('the voucher week card appears after the first month, in a live region, in both languages', async () => {
  const { session, user } = renderPlayer(coffee(), { seed: 4 });
  for (const event of [
    { type: 'NEXT' }, { type: 'CHOOSE', option: 'stamp' }, { type: 'NEXT' },
    { type: 'SUBMIT', value: 230 }, { type: 'NEXT' },
    { type: 'CHOOSE', option: ['behaviour'] }, { type: 'NEXT' },
  ] as const) session.send(event as never);
  flushSync();
  const news = screen.getByTestId('event-news');
  expect(news).toHaveAttribute('role', 'status');
  expect(news).toHaveAttribute('aria-live', 'polite');
  expect(news.children).toHaveLength(0);

  await fireEvent.input(screen.getByRole('slider', { name: 'Promote the card' }), { target: { value: '40' } });
  await user.click(screen.getByRole('button', { name: 'Submit round 1' }));
  expect(session.context.fired.map((f) => [f.id, f.step, f.round])).toEqual([['chain-voucher-week', 'budget', 1]]);
  const card = within(news).getByRole('article', { name: 'News: The chain next door runs a buy-one-get-one week' });
  expect(card).toHaveTextContent('One month in, the chain hands out vouchers at its door.');

  i18n.setLocale('zh-CN');
  flushSync();
  expect(card).toHaveTextContent('隔壁连锁店搞起了“买一送一”周');
});
