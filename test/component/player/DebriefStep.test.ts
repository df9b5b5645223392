// The debrief shows exactly the scores the engine gives for the decisions made (compared
// with headless play of the same decisions), their explanation, the path beside the
// options not taken, and the ways on: try again, open in the sandbox.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { playHeadless } from '../../../src/engine/play.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { coffee } from './fixtures.ts';
import { answer, estimate, heading, next, renderPlayer } from './playerKit.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('./contentFromDisk.ts'));

// Playing a whole case through the UI takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => i18n.setLocale('en'));

const DECISIONS = [
  { step: 'design', choose: 'stamp' },
  { step: 'freeCups', estimate: 250 },
  { step: 'why', choose: ['behaviour', 'best', 'everyone'] },
  { step: 'budget', allocate: { card: 0.3, service: 0.7 } },
  { step: 'budget', allocate: { card: 0.6, service: 0.4 } },
];

async function playToDebrief() {
  const kit = renderPlayer(coffee(), { seed: 11 });
  const { user } = kit;
  await next(user);
  await answer(user, 'Buy nine, the tenth is free');
  await next(user);
  await estimate(user, '250');
  await next(user);
  await answer(user, 'It makes customers come more often than they would have', 'Its rewards go mainly to the most frequent customers', 'It gives everyone the same discount');
  await next(user);
  await fireEvent.input(screen.getByRole('slider', { name: 'Promote the card' }), { target: { value: '30' } });
  await user.click(screen.getByRole('button', { name: 'Submit round 1' }));
  await user.click(screen.getByRole('button', { name: 'Start round 2 of 2' }));
  await fireEvent.input(screen.getByRole('slider', { name: 'Promote the card' }), { target: { value: '60' } });
  await user.click(screen.getByRole('button', { name: 'Submit round 2' }));
  await next(user);
  await next(user);
  expect(heading()).toHaveTextContent('Debrief');
  return kit;
}

const one = (x: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(x);

test('shows the engine’s scores for the decisions made: total, grade, each dimension and its terms', async () => {
  await playToDebrief();
  const expected = playHeadless(coffee(), { seed: 11, decisions: DECISIONS }).evaluation.scores;
  // `npm run lab -- play scenarios/coffee-card-example.yaml --seed 11 --decisions …` prints the same.
  expect(summarizeScores(expected)).toEqual({ dimensions: { value: 52, relationship: 77.5, ethics: 100, insight: 75.8 }, total: 76.3, grade: 'B' });
  expect(screen.getByTestId('debrief-total')).toHaveTextContent(`Total ${one(expected.total)} / 100`);
  expect(screen.getByTestId('debrief-grade')).toHaveTextContent(`Grade ${expected.grade}: ${expected.gradeLabel.en}`);

  for (const dimension of expected.dimensions) {
    const card = document.querySelector(`[data-dimension="${dimension.id}"]`) as HTMLElement;
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(`${dimension.label.en} ${one(dimension.score)} / 100`);
    expect(card).toHaveTextContent(dimension.feedback.en);
    const rows = within(card).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    // A term that earned nothing reads "0", never "±0".
    expect(rows).toEqual(dimension.terms.map((t) => [t.label.en, `${t.points > 0 ? '+' : t.points < 0 ? '−' : ''}${one(Math.abs(t.points))}`]));
  }
  expect(screen.getByRole('figure', { name: 'Score profile' })).toBeInTheDocument();
});

test('the path taken beside the options not taken, the declared metrics, and the ways on', async () => {
  await playToDebrief();
  const path = screen.getByRole('region', { name: 'Your path' });
  const steps = within(path).getAllByRole('listitem').filter((li) => li.dataset.step);
  expect(steps.map((li) => li.dataset.step)).toEqual(['story', 'design', 'freeCups', 'why', 'budget', 'explore', 'debrief']);
  const design = steps[1]!;
  expect([...design.querySelectorAll('li.chosen')].map((li) => (li as HTMLElement).dataset.option)).toEqual(['stamp']);
  expect(within(design).getByText(/10% off every cup/)).toHaveTextContent('10% off every cup — not chosen');
  expect(steps[2]).toHaveTextContent('Your estimate: 250 cups');
  expect(steps[4]).toHaveTextContent('Round 1: Promote the card 30%; Train staff and improve service 70%');
  expect(steps[4]).toHaveTextContent('Round 2: Promote the card 60%; Train staff and improve service 40%');
  expect(within(steps[3]!).getByText(/It gives everyone the same discount/)).toHaveTextContent('Your judgement: wrong — you chose it, but it is not correct');

  expect(document.querySelector('[data-metric="profitChange"]')).toHaveTextContent('-400');
  expect(screen.getByRole('link', { name: 'Open in the what-if sandbox' })).toHaveAttribute('href', '#/sandbox/coffee-card-example');
  expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
});

test('Try again starts over with a new seed; the debrief re-renders in Chinese on a switch', async () => {
  const { user, session } = await playToDebrief();
  i18n.setLocale('zh-CN');
  flushSync();
  expect(heading()).toHaveTextContent('复盘');
  expect(screen.getByTestId('debrief-grade')).toHaveTextContent('等级 B：良好');
  expect(screen.getByRole('region', { name: '你走过的路径' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '再试一次' }));
  expect(heading()).toHaveTextContent('街角的咖啡馆');
  expect(session.context.finished).toBe(false);
  expect(session.context.answers.order).toEqual([]);
});

test('teaches in order: what happened, the estimate against the outcome, the road not taken, scores, path; the rules last', async () => {
  await playToDebrief();
  const article = screen.getByRole('article');
  expect([...article.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
    'What happened, and why',
    'Your estimate against the outcome',
    'The road not taken',
    'Your scores',
    'Your path',
  ]);
  // The case's own text opens the debrief, under "What happened".
  await vi.waitFor(() => expect(screen.getByTestId('debrief-story')).toHaveTextContent('A card pays only when it really changes what customers do'));
  // 250 cups against the model's 500 × 4 × 1.15 × 0.1 = 230: 250 / 230 ≈ 1.09, shown as 1.1 times too high.
  const estimate = screen.getByTestId('debrief-estimate');
  expect(estimate).toHaveTextContent('You estimated 250 cups. The model gives 230 cups. Your estimate is 1.1 times too high.');
  expect(within(estimate).getByRole('figure', { name: 'Your estimate beside the outcome' })).toBeInTheDocument();
  expect(within(estimate).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent))).toEqual([
    ['Your estimate', '250'],
    ['Free cups the stamp card gives away a month', '230'],
  ]);
  // The coffee case has no scoring-rules section: nothing folded at the end.
  expect(screen.queryByTestId('debrief-rules')).toBeNull();
});

test('the road not taken: the run beside the named strategies, the best one named with its outcome', async () => {
  const { session } = await playToDebrief();
  const section = screen.getByTestId('debrief-alternative');
  expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('The road not taken');
  // Every strategy played headless under the attempt's seed: the same numbers as lab compare.
  const plays = Object.fromEntries(
    (coffee().scenario.strategies ?? []).map((st) => [st.id, summarizeScores(playHeadless(coffee(), { seed: session.context.seed, decisions: st.decisions }).evaluation.scores)]),
  );
  const best = Object.entries(plays).reduce((a, b) => (b[1].total > a[1].total ? b : a));
  const label = coffee().scenario.strategies!.find((st) => st.id === best[0])!.label.en;
  const gap = best[1].total - 76.3;
  expect(screen.getByTestId('best-alternative')).toHaveTextContent(
    `Best alternative: ${label}, ${one(best[1].total)} / 100 (grade ${best[1].grade}), ${one(Math.abs(gap))} points ${gap >= 0 ? 'more' : 'fewer'} than your run.`,
  );
  const table = within(section).getByRole('table', { name: 'Your run and the alternatives, measure by measure' });
  expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
    'Measure', 'Your run', 'Stamp card and service', 'No card at all', 'Ten per cent off for everyone',
  ]);
  const total = table.querySelector('[data-metric="total"]') as HTMLElement;
  expect([...total.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
    '76.3 (B)',
    ...['stamp-and-service', 'no-card', 'discount-for-all'].map((id) => `${one(plays[id]!.total)} (${plays[id]!.grade})`),
  ]);
  // No model chart in the coffee case: the totals drawn as bars instead.
  expect(within(section).getByRole('figure', { name: 'Total score of each run' })).toBeInTheDocument();
});
