// The progress page with fixture attempts in a real (fake-indexeddb) database: groups and
// rows with totals, best/latest, the profile radar, the two-step delete, export, import,
// the learner fields and both languages.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportedText } from '../../../src/store/progress.ts';
import type { Attempt } from '../../../src/store/types.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import ProgressPage from '../../../src/ui/progress/ProgressPage.svelte';
import type { StorageManagerLike } from '../../../src/store/persistence.ts';
import { attemptFixture, fakeIndexedDb, testProgress } from '../../unit/store/fixtures.ts';

vi.mock('../../../src/ui/content/content.ts', () => ({
  contentIndex: {
    scenarios: [
      { file: 'ladder.yaml', id: 'ladder', version: 1, lesson: null, title: { 'zh-CN': '忠诚阶梯', en: 'The loyalty ladder' }, summary: { 'zh-CN': '', en: '' } },
    ],
    lessons: [],
  },
  findScenario: (id: string) =>
    id === 'ladder' ? { id, title: { 'zh-CN': '忠诚阶梯', en: 'The loyalty ladder' } } : null,
}));

const dims = (value: number, relationship: number, ethics: number, insight: number, extra = {}) => ({ value, relationship, ethics, insight, ...extra });

const fixtures: Attempt[] = [
  attemptFixture({ id: 'ladder-1', scenarioId: 'ladder', startedAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:20:00.000Z', finishedAt: '2025-03-01T09:20:00.000Z', scores: { dimensions: dims(70, 80, 90, 60), total: 75, grade: 'B' }, timeSpentMs: 12 * 60_000 }),
  attemptFixture({ id: 'ladder-2', scenarioId: 'ladder', startedAt: '2025-03-03T09:00:00.000Z', updatedAt: '2025-03-03T09:30:00.000Z', finishedAt: '2025-03-03T09:30:00.000Z', scores: { dimensions: dims(90, 85, 70, 85), total: 82.5, grade: 'A' }, timeSpentMs: 20 * 60_000 }),
  attemptFixture({ id: 'ladder-3', scenarioId: 'ladder', startedAt: '2025-03-05T09:00:00.000Z', updatedAt: '2025-03-05T09:10:00.000Z', finishedAt: null, status: 'in-progress', scores: null, stepId: 'round-2', timeSpentMs: 4 * 60_000 }),
  attemptFixture({ id: 'teacher-1', scenarioId: 'teacher-case', startedAt: '2025-03-02T09:00:00.000Z', updatedAt: '2025-03-02T09:30:00.000Z', finishedAt: '2025-03-02T09:30:00.000Z', scores: { dimensions: dims(40, 40, 40, 40, { recovery: 55 }), total: 40, grade: 'D' } }),
];

async function renderPage(storageManager: StorageManagerLike = {}) {
  const t = testProgress(fakeIndexedDb(), storageManager);
  const fileText = JSON.stringify({ app: 'loyalty-lab', kind: 'progress', formatVersion: 1, exportedAt: '2025-03-06T00:00:00.000Z', learner: {}, attempts: fixtures });
  expect(await t.progress.importFile(fileText, ['ladder'])).toMatchObject({ ok: true, added: 4 });
  const downloads: ExportedText[] = [];
  // Inside <main>, as in the app shell, so landmark checks see the real structure.
  const main = document.body.appendChild(document.createElement('main'));
  const view = render(ProgressPage, { target: main, props: { progress: t.progress, download: (f: ExportedText) => downloads.push(f) } });
  // liveQuery's first value arrives asynchronously (TOOLCHAIN pitfall 10).
  await screen.findAllByTestId('attempt-group');
  return { ...t, view, downloads };
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-attempt-id="${id}"]`)!;
const cellsOf = (id: string) => within(rowOf(id)).getAllByRole('cell').map((c) => c.textContent?.trim());

beforeEach(() => i18n.setLocale('en'));
afterEach(() => {
  i18n.setLocale('en');
  for (const main of document.querySelectorAll('main')) main.remove();
});

describe('ProgressPage', () => {
  it('groups attempts per case with rows, totals, grades, dimensions, best and latest', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('My progress');
    const groups = screen.getAllByTestId('attempt-group');
    expect(groups.map((g) => within(g).getByRole('heading', { level: 3 }).textContent)).toEqual(['The loyalty ladder', 'teacher-case']);

    const ladder = groups[0]!;
    expect(within(ladder).getAllByTestId('attempt-row').map((r) => r.dataset.attemptId)).toEqual(['ladder-3', 'ladder-2', 'ladder-1']);
    expect(within(ladder).getByText('Attempts: 3')).toBeInTheDocument();
    expect(within(ladder).getByText('Best total: 82.5 (A)')).toBeInTheDocument();
    expect(within(ladder).getByText('Latest: In progress')).toBeInTheDocument();
    // status, total, grade, value, relationship, ethics, insight, time, actions
    expect(cellsOf('ladder-2')).toEqual(['Finished', '82.5', 'A', '90', '85', '70', '85', '20 min', 'Delete']);
    expect(cellsOf('ladder-3')).toEqual(['In progress', '—', '—', '—', '—', '—', '—', '4 min', 'Delete']);

    const teacher = groups[1]!;
    expect(within(teacher).getByText(/not part of this app/)).toBeInTheDocument();
    expect(within(teacher).getByRole('columnheader', { name: 'recovery' })).toBeInTheDocument();
    expect(cellsOf('teacher-1')).toEqual(['Finished', '40', 'D', '40', '40', '40', '40', '55', '3 min', 'Delete']);
  });

  it('offers to continue the latest unfinished attempt and draws the profile radar', async () => {
    await renderPage();
    const resume = screen.getByRole('region', { name: 'Continue where you left off' });
    expect(within(resume).getByRole('link', { name: /Continue/ })).toHaveAttribute('href', '#/play/ladder');
    expect(within(resume).getByText(/^The loyalty ladder, last worked on/)).toBeInTheDocument();

    const radar = screen.getByRole('figure', { name: 'Mean score per dimension over 3 finished attempts' });
    // Means over the three finished attempts: value (70+90+40)/3, relationship (80+85+40)/3, …
    const rows = within(radar).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([['Value', '66.7'], ['Relationship', '68.3'], ['Ethics', '66.7'], ['Insight', '61.7']]);
  });

  it('deletes an attempt only after confirmation, and Escape or "Keep it" backs out', async () => {
    const user = userEvent.setup();
    const { progress } = await renderPage();
    const deleteButton = within(rowOf('ladder-1')).getByRole('button', { name: /^Delete the attempt started/ });

    await user.click(deleteButton);
    expect(within(rowOf('ladder-1')).getByText('Delete this attempt for good?')).toBeInTheDocument();
    expect(within(rowOf('ladder-1')).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(rowOf('ladder-1')).getByRole('button', { name: /^Delete the attempt/ })).toHaveFocus();

    await user.click(within(rowOf('ladder-1')).getByRole('button', { name: /^Delete the attempt/ }));
    await user.click(within(rowOf('ladder-1')).getByRole('button', { name: 'Keep it' }));
    expect(await progress.getAttempt('ladder-1')).toBeDefined();

    await user.click(within(rowOf('ladder-1')).getByRole('button', { name: /^Delete the attempt/ }));
    await user.click(within(rowOf('ladder-1')).getByRole('button', { name: 'Yes, delete' }));
    await vi.waitFor(() => expect(rowOf('ladder-1')).toBeNull());
    expect(await progress.getAttempt('ladder-1')).toBeUndefined();
    expect(await screen.findByText('Attempt deleted.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Attempts by case' })).toHaveFocus();
    expect(screen.getAllByTestId('attempt-row')).toHaveLength(3);
  });

  it('exports JSON and CSV files named by date', async () => {
    const user = userEvent.setup();
    const { downloads } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Export all progress (JSON)' }));
    await user.click(screen.getByRole('button', { name: 'Export results (CSV for spreadsheets)' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((d) => d.fileName)).toEqual(['loyalty-lab-progress-2025-03-01.json', 'loyalty-lab-progress-2025-03-01.csv']);
    expect(JSON.parse(downloads[0]!.text).attempts).toHaveLength(4);
    expect(downloads[1]!.text.split('\r\n')).toHaveLength(6); // header, 4 rows, final empty
    expect(screen.getByText('Downloaded loyalty-lab-progress-2025-03-01.csv.')).toBeInTheDocument();
  });

  it('imports a file and reports counts, or explains a bad file', async () => {
    const user = userEvent.setup();
    const { progress } = await renderPage();
    const input = screen.getByLabelText('Import a progress file (.json)');
    const newer = { ...fixtures[2], updatedAt: '2025-03-06T10:00:00.000Z', stepId: 'round-3' };
    const good = JSON.stringify({ app: 'loyalty-lab', kind: 'progress', formatVersion: 1, exportedAt: '2025-03-06T10:00:00.000Z', learner: {}, attempts: [newer, fixtures[0], attemptFixture({ id: 'new-one', scenarioId: 'ladder' })] });
    await user.upload(input, new File([good], 'p.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(screen.getByTestId('import-result')).toHaveTextContent('Imported: 1 new, 1 updated, 1 already here.'));
    expect((await progress.getAttempt('ladder-3'))?.stepId).toBe('round-3');

    await user.upload(input, new File(['{"app":"loyalty-lab","kind":"progress","formatVersion":7}'], 'future.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(screen.getByTestId('import-result')).toHaveTextContent('Nothing was imported:'));
    expect(screen.getByTestId('import-result')).toHaveTextContent('This file uses format version 7; this version of Loyalty Lab reads version 1.');
  });

  it('saves the learner name and class code', async () => {
    const user = userEvent.setup();
    const { progress } = await renderPage();
    await user.type(screen.getByLabelText('Your name'), 'Li Hua');
    await user.type(screen.getByLabelText('Class code'), 'CRM-7');
    await user.tab();
    await vi.waitFor(async () => expect(await progress.getLearner()).toEqual({ name: 'Li Hua', classCode: 'CRM-7' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });

  it('shows storage usage and asks for persistence', async () => {
    const user = userEvent.setup();
    const persist = vi.fn(async () => true);
    const { status } = await renderPage({ estimate: async () => ({ usage: 1536 * 1024, quota: 2 * 1024 ** 3 }), persist, persisted: async () => false });
    expect(await screen.findByText('This site uses 1.5 MB of the 2 GB the browser allows it.')).toBeInTheDocument();
    expect(screen.getByTestId('storage-mode')).toHaveTextContent('The browser may clear this data');
    await user.click(screen.getByRole('button', { name: 'Ask the browser to keep my progress' }));
    expect(persist).toHaveBeenCalledOnce();
    expect(status.mode).toBe('persistent');
    expect(screen.getByTestId('storage-mode')).toHaveTextContent('The browser has promised to keep this data.');
  });

  it('speaks Chinese after a language switch', async () => {
    await renderPage();
    i18n.setLocale('zh-CN');
    expect(await screen.findByRole('heading', { level: 1, name: '我的进度' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '忠诚阶梯' })).toBeInTheDocument();
    expect(cellsOf('ladder-2')).toEqual(['已完成', '82.5', 'A', '90', '85', '70', '85', '20 分钟', '删除']);
    expect(screen.getByText('最高总分：82.5（A）')).toBeInTheDocument();
  });

  it('has no axe violations (structure, names, roles; jsdom cannot judge contrast)', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(within(rowOf('ladder-1')).getByRole('button', { name: /^Delete the attempt/ })); // the confirm state too
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
