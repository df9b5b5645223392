// A teacher's link on #/play: `p.*` are the attempt's start values (saved in its snapshot, so
// scored), unusable ones are named in a polite notice, an unfinished attempt with other values
// is not resumed, and `lang` sets the language once, when the link is opened.
import type { SavedAttempt } from '../../../src/engine/attempt/index.ts';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { parseHash } from '../../../src/ui/app/router.svelte.ts';
import PlayPage from '../../../src/ui/player/PlayPage.svelte';
import { next } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('./contentFromDisk.ts'));
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => i18n.setLocale('en'));
afterEach(() => i18n.setLocale('en'));

/** A store in memory whose clock moves a second per write, so "latest" is never a tie. */
function memoryProgress() {
  let t = Date.parse('2025-03-05T09:00:00.000Z');
  return new Progress({ open: async () => new MemoryStore(), status: new StorageStatus(), now: () => new Date((t += 1000)) });
}

const openPage = (hash: string, store: Progress | null = null) => render(PlayPage, { route: parseHash(hash), store });
const savedParams = (attempt: { snapshot: unknown } | undefined) => (attempt?.snapshot as SavedAttempt).params;

test('start values from the link are the attempt’s; unusable ones are listed politely', async () => {
  const store = memoryProgress();
  const user = userEvent.setup({ delay: null });
  openPage('#/play/coffee-card-example?p.cupPrice=30&p.nope=1&p.customers=99999&lock=cupPrice', store);
  await screen.findByRole('heading', { level: 1, name: 'The corner café' });
  const notice = screen.getByTestId('url-notice');
  expect(notice).toHaveAttribute('role', 'status');
  expect(within(notice).getByText('Your teacher’s link sets some values this case cannot use; the case starts without them:')).toBeInTheDocument();
  expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    '“nope” is not a parameter of this case.',
    '99999 for Regular customers is outside the range 50 to 5,000.',
  ]);
  await next(user);
  await vi.waitFor(async () => expect(await store.listAttempts()).toHaveLength(1));
  expect(savedParams((await store.listAttempts())[0])).toEqual({ customers: 500, visitsPerMonth: 4, cupPrice: 30, cupCost: 6, upliftStamp: 0.15 });

  await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByTestId('url-notice')).toBeNull();
  expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
});

test('the same values resume the unfinished attempt; other values start a new one', async () => {
  const store = memoryProgress();
  const user = userEvent.setup({ delay: null });
  const first = openPage('#/play/coffee-card-example?p.cupPrice=30', store);
  await screen.findByRole('heading', { level: 1, name: 'The corner café' });
  await next(user);
  await vi.waitFor(async () => expect((await store.listAttempts())[0]?.stepId).toBe('design'));
  first.unmount();

  const again = openPage('#/play/coffee-card-example?p.cupPrice=30', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'Choose the card' })).toBeInTheDocument();
  expect(screen.getByText(/Welcome back/)).toBeInTheDocument();
  again.unmount();

  const other = openPage('#/play/coffee-card-example?p.cupPrice=40', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'The corner café' })).toBeInTheDocument();
  expect(screen.queryByText(/Welcome back/)).toBeNull();
  await next(user);
  await vi.waitFor(async () => expect(await store.listAttempts()).toHaveLength(2));
  const latest = await store.latestUnfinished('coffee-card-example');
  expect(savedParams(latest).cupPrice).toBe(40);
  other.unmount();

  // A plain link continues the latest unfinished attempt, with its own values.
  openPage('#/play/coffee-card-example', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'Choose the card' })).toBeInTheDocument();
  expect(screen.getByText(/Welcome back/)).toBeInTheDocument();
});

test('lang sets the language when the link is opened, and a later switch by the learner stays', async () => {
  const view = openPage('#/play/coffee-card-example?lang=zh-CN');
  expect(await screen.findByRole('heading', { level: 1, name: '街角的咖啡馆' })).toBeInTheDocument();
  expect(i18n.locale).toBe('zh-CN');
  i18n.setLocale('en');
  flushSync();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The corner café');
  // Another link in the same tab (a new query) is a new opening: its language applies.
  await view.rerender({ route: parseHash('#/play/coffee-card-example?lang=zh&seed=3') });
  expect(await screen.findByRole('heading', { level: 1, name: '街角的咖啡馆' })).toBeInTheDocument();
});
