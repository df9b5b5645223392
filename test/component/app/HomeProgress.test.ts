// The home page marks each case from the saved attempts: finished ones with their best score
// and grade, and "Resume" where the player would continue an unfinished attempt (same case
// version); nothing for a case never played. One read of the store (listAttempts).
import { render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import HomePage from '../../../src/ui/home/HomePage.svelte';
import { caseProgress } from '../../../src/ui/home/caseProgress.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('../player/contentFromDisk.ts'));

beforeEach(() => i18n.setLocale('en'));
afterEach(() => i18n.setLocale('en'));

const memoryProgress = () => new Progress({ open: async () => new MemoryStore(), status: new StorageStatus() });
const scores = (total: number, grade: string) => ({ dimensions: { value: total }, total, grade });

async function seed(store: Progress) {
  // Coffee: two finished (76.3 B, 88 A) → best 88, grade A, 2 finished.
  for (const [total, grade] of [[76.3, 'B'], [88, 'A']] as const) {
    const a = await store.startAttempt({ scenarioId: 'coffee-card-example', scenarioVersion: 1, seed: 1 });
    await store.finishAttempt(a.id, { scores: scores(total, grade) });
  }
  // Mrs. Smith: one unfinished at the current version → Resume.
  await store.startAttempt({ scenarioId: 'mrs-smith-lost-value', scenarioVersion: 1, seed: 2 });
  // Vanity: one unfinished at an older version → the player would start afresh: no Resume.
  await store.startAttempt({ scenarioId: 'vanity-number-penalty', scenarioVersion: 0, seed: 3 });
}

const card = (id: string) => document.querySelector(`[data-case="${id}"]`) as HTMLElement;

test('finished cases show the best score; an unfinished one offers Resume; the rest just Play', async () => {
  const store = memoryProgress();
  await seed(store);
  render(HomePage, { store });
  await vi.waitFor(() => expect(within(card('coffee-card-example')).getByTestId('case-done')).toBeInTheDocument());
  expect(within(card('coffee-card-example')).getByTestId('case-done')).toHaveTextContent('Finished 2×, best score 88 / 100 (grade A)');
  expect(within(card('coffee-card-example')).getByRole('link', { name: /^Play again:/ })).toHaveAttribute('href', '#/play/coffee-card-example');
  expect(within(card('mrs-smith-lost-value')).getByRole('link', { name: /^Resume:/ })).toHaveAttribute('href', '#/play/mrs-smith-lost-value');
  expect(within(card('mrs-smith-lost-value')).queryByTestId('case-done')).toBeNull();
  expect(within(card('vanity-number-penalty')).getByRole('link', { name: /^Play:/ })).toBeInTheDocument();
  expect(within(card('loyalty-ladder')).getByRole('link', { name: /^Play:/ })).toBeInTheDocument();

  i18n.setLocale('zh-CN');
  flushSync();
  expect(within(card('coffee-card-example')).getByTestId('case-done')).toHaveTextContent('已完成 2 次，最好成绩 88 / 100（等级 A）');
  expect(within(card('mrs-smith-lost-value')).getByRole('link', { name: /^继续上次/ })).toBeInTheDocument();
});

test('no store (storage unavailable): plain cards', () => {
  render(HomePage, { store: null });
  expect(screen.queryAllByTestId('case-done')).toEqual([]);
});

test('caseProgress: the pure summary behind the marks', async () => {
  const store = memoryProgress();
  await seed(store);
  const marks = caseProgress(await store.listAttempts(), [
    { id: 'coffee-card-example', version: 1 },
    { id: 'mrs-smith-lost-value', version: 1 },
    { id: 'vanity-number-penalty', version: 1 },
    { id: 'loyalty-ladder', version: 1 },
  ]);
  expect(Object.fromEntries(marks)).toEqual({
    'coffee-card-example': { finished: 2, best: { total: 88, grade: 'A' }, canResume: false },
    'mrs-smith-lost-value': { finished: 0, best: null, canResume: true },
    'vanity-number-penalty': { finished: 0, best: null, canResume: false },
    'loyalty-ladder': { finished: 0, best: null, canResume: false },
  });
});
