// The play route: an unknown id, a broken case file (located messages in the learner's
// language), and saving through the store: every event is kept, a reload resumes the same
// step, the debrief finishes the attempt with the engine's scores, Restart starts a new one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { playHeadless } from '../../../src/engine/play.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { parseHash } from '../../../src/ui/app/router.svelte.ts';
import PlayPage from '../../../src/ui/player/PlayPage.svelte';
import { coffee } from './fixtures.ts';
import { answer, estimate, next } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', async () => {
  const disk = await import('./contentFromDisk.ts');
  const { TINY } = await import('./fixtures.ts');
  // A case file with a misspelt field.
  const broken = TINY.replace('summary:', 'sumary:');
  return {
    ...disk,
    loadCompiledCase: async (id: string) => (id === 'broken-case' ? disk.compiledFromText('scenarios/broken-case.yaml', broken) : disk.loadCompiledCase(id)),
  };
});

vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => i18n.setLocale('en'));

const memoryProgress = () => new Progress({ open: async () => new MemoryStore(), status: new StorageStatus() });
const openPage = (hash: string, store: Progress | null = null) => render(PlayPage, { route: parseHash(hash), store });

test('an unknown id shows a not-found message', async () => {
  openPage('#/play/no-such-case');
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  expect(screen.getByText('No case called “no-such-case”.')).toBeInTheDocument();
});

test('a broken case lists its located problems in the learner’s language', async () => {
  openPage('#/play/broken-case');
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('This case has problems');
  const problems = within(screen.getByTestId('scenario-problems')).getAllByRole('listitem').map((li) => li.textContent);
  expect(problems).toEqual([
    'scenarios/broken-case.yaml:1:1: summary: the field “summary” is required',
    'scenarios/broken-case.yaml:5:1: sumary: unknown field “sumary” (check its spelling and indentation)',
  ]);
  expect(screen.getByText(/cannot be played until these 2 problem/)).toBeInTheDocument();

  i18n.setLocale('zh-CN');
  flushSync();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('这个案例有问题');
  expect(screen.getByTestId('scenario-problems')).toHaveTextContent('sumary: 未知字段“sumary”（请检查拼写和缩进）');
});

test('every event is saved; reopening resumes the same step; the debrief finishes the attempt', async () => {
  const store = memoryProgress();
  const user = userEvent.setup({ delay: null });
  const first = openPage('#/play/coffee-card-example?seed=4', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'The corner café' })).toHaveFocus();
  await next(user);
  await answer(user, 'A stamp card whose stamps expire after 30 days (in the fine print)');
  await next(user);
  await vi.waitFor(async () => expect((await store.listAttempts())[0]?.stepId).toBe('freeCups'));
  const [saved] = await store.listAttempts();
  expect(saved).toMatchObject({ scenarioId: 'coffee-card-example', scenarioVersion: 1, seed: 4, status: 'in-progress', scores: null });
  expect(saved!.events.map((e) => e.event)).toEqual([{ type: 'NEXT' }, { type: 'CHOOSE', option: 'expiring' }, { type: 'NEXT' }]);
  first.unmount();

  openPage('#/play/coffee-card-example', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'Estimate' })).toHaveFocus();
  expect(screen.getByText(/Welcome back/)).toBeInTheDocument();
  expect(screen.getByTestId('position')).toHaveTextContent('Step 3 of 7');
  await estimate(user, '100');
  await next(user);
  await answer(user, 'The café learns who its regulars are');
  await next(user);
  await user.click(screen.getByRole('button', { name: 'Submit round 1' }));
  await user.click(screen.getByRole('button', { name: 'Start round 2 of 2' }));
  await user.click(screen.getByRole('button', { name: 'Submit round 2' }));
  await next(user);
  await next(user);
  await screen.findByRole('heading', { level: 1, name: 'Debrief' });

  const expected = playHeadless(coffee(), {
    seed: 4,
    decisions: [{ step: 'design', choose: 'expiring' }, { step: 'freeCups', estimate: 100 }, { step: 'why', choose: ['data'] }],
  });
  await vi.waitFor(async () => expect((await store.listAttempts())[0]?.status).toBe('finished'));
  const [finished] = await store.listAttempts();
  expect(finished!.id).toBe(saved!.id);
  expect(finished!.scores).toEqual(summarizeScores(expected.evaluation.scores));
  expect(finished!.stepId).toBe('debrief');
  expect(finished!.events).toHaveLength(12);
  expect(screen.getByTestId('debrief-total')).toHaveTextContent(`Total ${expected.evaluation.scores.total} / 100`);
});

test('Restart starts a new attempt, which is the one a reload continues', async () => {
  const store = memoryProgress();
  const user = userEvent.setup({ delay: null });
  const first = openPage('#/play/coffee-card-example', store);
  await screen.findByRole('heading', { level: 1, name: 'The corner café' });
  await next(user);
  await answer(user, 'Buy nine, the tenth is free');
  await user.click(screen.getByRole('button', { name: 'Restart' }));
  await user.click(screen.getByRole('button', { name: 'Yes, start again' }));
  await next(user);
  await vi.waitFor(async () => expect(await store.listAttempts()).toHaveLength(2));
  await vi.waitFor(async () => expect((await store.latestUnfinished('coffee-card-example'))?.stepId).toBe('design'));
  const latest = await store.latestUnfinished('coffee-card-example');
  expect(latest!.events.map((e) => e.event.type)).toEqual(['NEXT']);
  first.unmount();

  openPage('#/play/coffee-card-example', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'Choose the card' })).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'Buy nine, the tenth is free' })).not.toBeChecked();
  expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
});

test('a link with another seed starts a new attempt instead of resuming', async () => {
  const store = memoryProgress();
  const user = userEvent.setup({ delay: null });
  const first = openPage('#/play/coffee-card-example?seed=1', store);
  await screen.findByRole('heading', { level: 1, name: 'The corner café' });
  await next(user);
  await vi.waitFor(async () => expect(await store.listAttempts()).toHaveLength(1));
  first.unmount();
  openPage('#/play/coffee-card-example?seed=2', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'The corner café' })).toBeInTheDocument();
  expect(screen.queryByText(/Welcome back/)).toBeNull();
});

/** The coffee case's mid-case export made by the player before the attempt codec (format 0). */
const midExport = () => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/attempts/coffee-card-example.mid.json'), 'utf8'));

test('an attempt saved before the codec, imported from its export, continues at its step with its answers', async () => {
  const store = memoryProgress();
  expect(await store.importFile(JSON.stringify(midExport()), ['coffee-card-example'])).toMatchObject({ ok: true, added: 1 });
  openPage('#/play/coffee-card-example', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'What makes a loyalty card pay?' })).toBeInTheDocument();
  expect(screen.getByText(/Welcome back/)).toBeInTheDocument();
  expect(screen.getByTestId('position')).toHaveTextContent('Step 4 of 7');
  expect(screen.queryByTestId('attempt-note')).toBeNull();
});

test('one saved with an older case version opens with a notice; one that does not replay says why and starts afresh', async () => {
  const older = midExport();
  older.attempts[0].scenarioVersion = 0;
  older.attempts[0].snapshot.context.scenarioVersion = 0;
  const store = memoryProgress();
  await store.importFile(JSON.stringify(older), ['coffee-card-example']);
  const first = openPage('#/play/coffee-card-example', store);
  expect(await screen.findByRole('heading', { level: 1, name: 'What makes a loyalty card pay?' })).toBeInTheDocument();
  expect(screen.getByTestId('attempt-note')).toHaveTextContent('This attempt was saved with version 0 of the case; it now continues in version 1, with your answers kept.');
  first.unmount();

  const broken = midExport();
  broken.attempts[0].snapshot.context.answers.choices.design = ['free-coffee'];
  const other = memoryProgress();
  await other.importFile(JSON.stringify(broken), ['coffee-card-example']);
  i18n.setLocale('zh-CN');
  openPage('#/play/coffee-card-example', other);
  expect(await screen.findByTestId('attempt-note')).toHaveTextContent('这次保存的练习无法继续：步骤“design”的回答无效。');
  expect(screen.getByTestId('position')).toHaveTextContent('1');
});
