// The loyalty-ladder case (issue 6) in real Chromium, in both languages: eight quarters split
// by keyboard, the checks answered, a debrief whose total and grade equal headless play; the
// charts found by their captions and a data-table value each; axe-clean; a slider per parameter.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Locale, Localized } from '../../src/engine/locale.ts';
import { playHeadless, type DecisionEntry } from '../../src/engine/play.ts';
import type { LineSeries, FlowSeries, PointSeries } from '../../src/engine/series.ts';
import { chartsEn } from '../../src/ui/app/i18n/charts.en.ts';
import { chartsZhCN } from '../../src/ui/app/i18n/charts.zh-CN.ts';
import { playerEn } from '../../src/ui/app/i18n/player.en.ts';
import { playerZhCN } from '../../src/ui/app/i18n/player.zh-CN.ts';
import { formatValue } from '../../src/ui/charts/formatNumber.ts';
import { TOTAL_POINTS, pointsFromShares, rebalance, sharesFromPoints } from '../../src/ui/player/allocation.ts';
import { expectNoAxeViolations, openApp } from './helpers.ts';
import { pressOn, tabTo } from './keyboard.ts';
import { preparedCase } from './cases.ts';

const SEED = 5;
const ID = 'loyalty-ladder';

const P = preparedCase(ID);
const QUARTER = (() => {
  const step = P.steps.get('quarter');
  if (step?.kind !== 'allocate') throw new Error('the quarter step is not an allocate step');
  return step;
})();
const OPTION_IDS = QUARTER.options.map((o) => o.id);

/** What a key on a share slider does to its value (Chromium: Page Up/Down move a tenth of the range). */
const KEY_EFFECT = {
  ArrowRight: (v: number) => v + 1,
  ArrowLeft: (v: number) => v - 1,
  PageUp: (v: number) => v + 10,
  PageDown: (v: number) => v - 10,
  Home: () => 0,
  End: () => TOTAL_POINTS,
} as const;
type SliderKey = keyof typeof KEY_EFFECT;

/** One keyboard action on a quarter's split: type a percent into a field, or press a key on a slider. */
type ShareAction = { option: string; type: number } | { option: string; key: SliderKey; times?: number };

interface Play {
  locale: 'en-US' | 'zh-CN';
  /** One list of actions per quarter (empty: keep the last quarter's split). */
  quarters: ShareAction[][];
  types: string[];
  worth: string;
}

const PLAYS: Play[] = [
  {
    locale: 'en-US',
    quarters: [
      [{ option: 'attract', type: 40 }, { option: 'switching', type: 0 }],
      [{ option: 'needs', key: 'PageUp', times: 2 }],
      [{ option: 'club', type: 20 }],
      [],
      [{ option: 'attract', key: 'ArrowLeft', times: 5 }],
      [],
      [{ option: 'employees', key: 'End' }, { option: 'needs', type: 60 }],
      [],
    ],
    types: ['spurious', 'none'],
    worth: 'attitude',
  },
  {
    locale: 'zh-CN',
    quarters: [
      [{ option: 'switching', type: 50 }],
      [{ option: 'rewards', key: 'ArrowRight', times: 10 }],
      [],
      [],
      [],
      [{ option: 'switching', key: 'Home' }],
      [{ option: 'needs', type: 60 }],
      [],
    ],
    types: ['true', 'contracts'],
    worth: 'lockin',
  },
];

/** The points each slider holds after an action, as the player computes them (one rebalance per input event). */
function applyAction(points: number[], action: ShareAction): number[] {
  const index = OPTION_IDS.indexOf(action.option);
  if ('type' in action) return rebalance(points, index, action.type);
  let next = points;
  for (let i = 0; i < (action.times ?? 1); i++) {
    const value = Math.min(TOTAL_POINTS, Math.max(0, KEY_EFFECT[action.key](next[index] ?? 0)));
    if (value !== next[index]) next = rebalance(next, index, value); // no change, no input event
  }
  return next;
}

/** The points shown at the end of every quarter: each quarter starts from the one before. */
function quarterPoints(play: Play): number[][] {
  let shares: Record<string, number> | null = QUARTER.default ?? null;
  return play.quarters.map((actions) => {
    const points = actions.reduce(applyAction, pointsFromShares(OPTION_IDS, shares));
    shares = sharesFromPoints(OPTION_IDS, points);
    return points;
  });
}

function headlessDecisions(play: Play): DecisionEntry[] {
  return [
    ...quarterPoints(play).map((points) => ({ step: 'quarter', allocate: sharesFromPoints(OPTION_IDS, points) })),
    { step: 'types', choose: play.types },
    { step: 'worth', choose: play.worth },
  ];
}

/** A message with its {placeholders} filled. */
function fill(message: string, vars: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab, when the target comes earlier) until `target` has focus. */

/** The body rows of a figure's data table (the table sits in a closed <details>: read it as text). */
function tableRows(figure: Locator): Promise<string[][]> {
  return figure.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
}

test.each(PLAYS)('the ladder in $locale: eight quarters by keyboard, the charts, and the engine’s total', async (play) => {
  const locale: Locale = play.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const pick = (text: Localized | undefined) => text?.[locale] ?? '';
  const say = locale === 'zh-CN' ? playerZhCN : playerEn;
  const charts = locale === 'zh-CN' ? chartsZhCN : chartsEn;
  const format = (x: number) => formatValue(x, locale);
  const chartTitle = (id: string) => pick(P.scenario.charts?.find((c) => c.id === id)?.title);
  const figure = (page: Page, title: string) => page.getByRole('figure', { name: title, exact: true });

  const expected = playHeadless(P, { seed: SEED, decisions: headlessDecisions(play) });
  expect(expected.path).toEqual(['story', 'quarter', 'types', 'worth', 'lookBack', 'debrief']);
  const series = expected.evaluation.model?.series ?? {};
  const rounds = play.quarters.length;
  expect(rounds).toBe(P.scenario.parameters?.rounds?.default);

  const { page, consoleErrors } = await openApp(`#/play/${ID}?seed=${SEED}`, { locale: play.locale });
  const heading = page.locator('main h1');
  const next = page.getByRole('button', { name: say['player.next'], exact: true });
  const atStep = async (stepId: string) => {
    await page.locator(`.player[data-step="${stepId}"]`).waitFor();
    await expect.poll(() => isFocused(heading)).toBe(true);
  };

  await atStep('story');
  await pressOn(page, next, 'Enter');

  const expectedPoints = quarterPoints(play);
  for (const [q, actions] of play.quarters.entries()) {
    const round = q + 1;
    await atStep('quarter');
    await expect.poll(() => page.getByTestId('round').innerText()).toBe(fill(say['player.allocate.round'], { round, rounds }));
    for (const action of actions) {
      const label = pick(QUARTER.options.find((o) => o.id === action.option)?.label);
      if ('type' in action) {
        await tabTo(page, page.getByRole('spinbutton', { name: fill(say['player.allocate.percentOf'], { label }), exact: true }));
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(String(action.type));
        await page.keyboard.press('Tab'); // commits the field (its change event)
      } else {
        await tabTo(page, page.getByRole('slider', { name: label, exact: true }));
        for (let i = 0; i < (action.times ?? 1); i++) await page.keyboard.press(action.key);
      }
    }
    const shown = await page.locator('.share input[type="range"]').evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
    expect(shown, `the split of quarter ${round}`).toEqual(expectedPoints[q]);

    await pressOn(page, page.getByRole('button', { name: fill(say['player.allocate.submitRound'], { round }), exact: true }), 'Enter');
    const results = page.getByRole('heading', { level: 2, name: fill(say['player.allocate.resultsRound'], { round }), exact: true });
    await expect.poll(() => isFocused(results)).toBe(true);

    if (round === rounds) {
      // The last quarter's results: every model series is final, so the tables equal headless play.
      for (const id of ['rungs', 'profit', 'quadrant']) await figure(page, chartTitle(id)).waitFor();
      // The stacked chart shows the buying customers, in whole people.
      const customers = series.customers as LineSeries;
      expect((await tableRows(figure(page, chartTitle('rungs')))).at(-1)).toEqual([format(rounds), ...customers.series.map((s) => formatValue(s.values[rounds] ?? NaN, locale, 0))]);
      const quadrant = series.quadrant as PointSeries;
      const core = quadrant.points.find((pt) => pt.id === 'core');
      expect(await tableRows(figure(page, chartTitle('quadrant')))).toContainEqual([
        pick(core?.label),
        format(core?.x ?? NaN),
        format(core?.y ?? NaN),
        formatValue(core?.size ?? NaN, locale, 0),
        expect.any(String),
      ]);
      const profit = series.profit as LineSeries;
      expect((await tableRows(figure(page, chartTitle('profit')))).at(-1)).toEqual([format(rounds), ...profit.series.map((s) => format(s.values[rounds] ?? NaN))]);
      expect(await page.getByText(fill(say['player.allocate.allPlayed'], { rounds })).count()).toBe(1);
      await expectNoAxeViolations(page);
      await pressOn(page, next, 'Enter');
    } else {
      await pressOn(page, page.getByRole('button', { name: fill(say['player.allocate.nextRound'], { round: round + 1, rounds }), exact: true }), 'Enter');
    }
  }

  for (const stepId of ['types', 'worth'] as const) {
    await atStep(stepId);
    const step = P.steps.get(stepId);
    if (step?.kind !== 'choice') throw new Error(`${stepId} is not a choice`);
    const chosen = stepId === 'types' ? play.types : [play.worth];
    if (step.multiple) {
      for (const id of chosen) await pressOn(page, page.getByRole('checkbox', { name: pick(step.options.find((o) => o.id === id)?.label), exact: true }), 'Space');
    } else {
      // Tab enters a radio group at its first option; the arrow keys then move and select.
      await tabTo(page, page.getByRole('radio').first());
      const index = step.options.findIndex((o) => o.id === chosen[0]);
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: pick(step.options[index]?.label), exact: true }).isChecked()).toBe(true);
    }
    await pressOn(page, page.getByRole('button', { name: say['player.submitAnswer'], exact: true }), 'Enter');
    await page.getByTestId('choice-feedback').filter({ hasText: /\S/ }).waitFor();
    await pressOn(page, next, 'Enter');
  }

  await atStep('lookBack');
  await figure(page, chartTitle('flows')).waitFor();
  await pressOn(page, next, 'Enter');

  await atStep('debrief');
  const scores = expected.evaluation.scores;
  const total = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(scores.total);
  await expect.poll(() => page.getByTestId('debrief-total').innerText()).toContain(fill(say['player.debrief.total'], { total }));
  expect(await page.getByTestId('debrief-grade').innerText()).toBe(fill(say['player.debrief.grade'], { grade: scores.grade, label: pick(scores.gradeLabel) }));

  // The score radar: one table row per dimension, with the engine's score.
  const radar = figure(page, say['player.debrief.radar']);
  expect(await tableRows(radar)).toEqual(scores.dimensions.map((d) => [pick(d.label), format(d.score)]));
  expect(await radar.getByRole('region', { name: fill(charts['charts.tableCaption'], { title: say['player.debrief.radar'] }), includeHidden: true }).count()).toBe(1);
  // The Sankey flows of the last quarter: the widest flow is a row of its table.
  const flows = series.flows as FlowSeries;
  const widest = [...flows.links].sort((a, b) => b.value - a.value)[0];
  const nodeLabel = (id: string | undefined) => pick(flows.nodes.find((n) => n.id === id)?.label);
  expect(await tableRows(figure(page, chartTitle('flows')))).toContainEqual([nodeLabel(widest?.source), nodeLabel(widest?.target), formatValue(widest?.value ?? NaN, locale, 0)]);
  // People per rung (the stacked area) and the loyalty-type bars are there too.
  const customers = series.customers as LineSeries;
  expect((await tableRows(figure(page, chartTitle('rungs')))).at(-1)).toEqual([format(rounds), ...customers.series.map((s) => formatValue(s.values[rounds] ?? NaN, locale, 0))]);
  await figure(page, chartTitle('types')).waitFor();
  await figure(page, chartTitle('profit')).waitFor();
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
}, 120_000);

test('the ladder’s sandbox has one slider per parameter the learner may see', async () => {
  const visible = Object.values(P.scenario.parameters ?? {}).filter((param) => param.hidden !== true);
  expect(visible.length).toBeGreaterThan(40);
  const { page, consoleErrors } = await openApp(`#/sandbox/${ID}`);
  // Parameters only (the decisions have their own panel); model internals fold away, so open them.
  const params = page.getByRole('region', { name: 'Parameters' });
  const advanced = params.getByTestId('advanced-parameters');
  if (await advanced.count()) await advanced.locator('summary').click();
  const sliders = params.getByRole('slider');
  await sliders.first().waitFor();
  // A 0/1 convention is a switch, not a slider (issue 13).
  const expected = visible.filter((param) => param.switch !== true);
  expect(await sliders.count()).toBe(expected.length);
  expect(await params.getByRole('switch').count()).toBe(visible.length - expected.length);
  // Named after the parameters, and every one movable.
  const names = await sliders.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
  expect(names.sort()).toEqual(expected.map((param) => param.label.en).sort());
  expect(await sliders.evaluateAll((inputs) => inputs.filter((i) => (i as HTMLInputElement).disabled).length)).toBe(0);
  expect(consoleErrors).toEqual([]);
});
