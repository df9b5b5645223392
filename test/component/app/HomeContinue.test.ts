// "Continue where you left off" on the home page, with an in-memory store: the card names the
// case, the step and the date and links to the player; it is absent when there is nothing the
// player would resume (no attempt, only finished ones, or one made with an older case version).
import type { SavedAttempt } from '../../../src/engine/attempt/index.ts';
import { render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { putOp } from '../../../src/store/store.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { findContinue } from '../../../src/ui/home/continueAttempt.ts';
import HomePage from '../../../src/ui/home/HomePage.svelte';
import { AttemptRecorder } from '../../../src/ui/player/attemptRecorder.ts';
import { PlaySession } from '../../../src/ui/player/session.svelte.ts';
import { coffee } from '../player/fixtures.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('../player/contentFromDisk.ts'));

beforeEach(() => i18n.setLocale('en'));
afterEach(() => i18n.setLocale('en'));

/** Noon UTC, so the date reads the same in every time zone the tests may run in. */
const memoryProgress = () => new Progress({ open: async () => new MemoryStore(), status: new StorageStatus(), now: () => new Date('2025-03-05T12:00:00.000Z') });

/** Plays the coffee case to its third step (Estimate) through the store, as the player does. */
async function attemptAtStepThree(store: Progress) {
  const recorder = new AttemptRecorder(store, { id: 'coffee-card-example', version: 1 });
  const session = new PlaySession(coffee(), { seed: 3, persistence: recorder });
  session.send({ type: 'NEXT' });
  session.send({ type: 'CHOOSE', option: 'stamp' });
  session.send({ type: 'NEXT' });
  await recorder.settled();
  session.stop();
}

test('offers the latest unfinished attempt: case, step, date and a link to the player', async () => {
  const store = memoryProgress();
  await attemptAtStepThree(store);
  render(HomePage, { store });
  const card = await screen.findByTestId('continue-card');
  expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Continue where you left off');
  expect(card).toHaveTextContent('The coffee stamp card: does a loyalty scheme pay?');
  expect(card).toHaveTextContent('Step 3: Estimate');
  expect(card).toHaveTextContent(/\(last played Mar 5, 2025, .+\)/);
  expect(within(card).getByRole('link', { name: 'Continue: The coffee stamp card: does a loyalty scheme pay?' })).toHaveAttribute('href', '#/play/coffee-card-example');

  i18n.setLocale('zh-CN');
  flushSync();
  expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('从上次离开的地方继续');
  expect(card).toHaveTextContent('第 3 步：估一估');
  expect(card).toHaveTextContent(/上次做于 2025年3月5日/);
  expect(within(card).getByRole('link', { name: /^继续: 咖啡集点卡/ })).toHaveAttribute('href', '#/play/coffee-card-example');
});

test('no card without an unfinished attempt', async () => {
  const store = memoryProgress();
  render(HomePage, { store });
  expect(await findContinue(store)).toBeNull();
  await new Promise((done) => setTimeout(done, 0));
  expect(screen.queryByTestId('continue-card')).toBeNull();
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Cases', 'Lessons', 'Labs']);
});

test('what the card is made of, and nothing for an attempt the player would not resume', async () => {
  const store = memoryProgress();
  await attemptAtStepThree(store);
  const [attempt] = await store.listAttempts();
  expect(await findContinue(store)).toEqual({
    scenarioId: 'coffee-card-example',
    caseTitle: coffee().scenario.title,
    stepTitle: { 'zh-CN': '估一估', en: 'Estimate' },
    stepNumber: 3,
    updatedAt: '2025-03-05T12:00:00.000Z',
  });
  // Saved with an older version of the case: the player continues it (with a notice), so the card shows.
  const older = { ...(attempt!.snapshot as SavedAttempt), scenarioVersion: 0 };
  await (await store.store()).write([putOp('attempts', { ...attempt!, scenarioVersion: 0, snapshot: older })]);
  expect(await findContinue(store)).toMatchObject({ scenarioId: 'coffee-card-example', stepNumber: 3 });
  // One the attempt codec refuses (a step the case does not have): the player would start afresh, so no card.
  await (await store.store()).write([putOp('attempts', { ...attempt!, snapshot: { ...older, step: 'nowhere' } })]);
  expect(await findContinue(store)).toBeNull();
  // Finished: nothing to continue.
  await (await store.store()).write([putOp('attempts', { ...attempt!, status: 'finished' })]);
  expect(await findContinue(store)).toBeNull();
});
