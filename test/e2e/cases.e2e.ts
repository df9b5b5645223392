// The two flagship cases of issues 5 and 7 played in real Chromium, by keyboard, in both
// languages, to the debrief; its total and grade must equal the engine's headless play.
import type { Page } from 'playwright-core';
import type { PreparedScenario } from '../../src/engine/prepared.ts';
import { expect, test } from 'vitest';
import { playHeadless, type DecisionEntry } from '../../src/engine/play.ts';
import { pointsFromShares, rebalance, sharesFromPoints } from '../../src/ui/player/allocation.ts';
import { playerEn } from '../../src/ui/app/i18n/player.en.ts';
import { playerZhCN } from '../../src/ui/app/i18n/player.zh-CN.ts';
import { openApp } from './helpers.ts';
import { preparedCase } from './cases.ts';

const SEED = 5;


/** What the learner does at each decision step; an allocation is typed as whole percents, one field after another. */
interface Play {
  choose?: Record<string, string[]>;
  estimate?: Record<string, number>;
  allocate?: Record<string, [optionId: string, percent: number][]>;
  /** Sandbox sliders (by position) nudged with the arrow keys: exploring must not change the score. */
  nudge?: number[];
}

/** The shares the player submits after those typed percents (it rebalances the others after each). */
function typedShares(p: PreparedScenario, stepId: string, typed: [string, number][]): Record<string, number> {
  const step = p.steps.get(stepId);
  if (step?.kind !== 'allocate') throw new Error(`${stepId} is not an allocate step`);
  const ids = step.options.map((o) => o.id);
  const points = typed.reduce((acc, [id, percent]) => rebalance(acc, ids.indexOf(id), percent), pointsFromShares(ids, step.default ?? null));
  return sharesFromPoints(ids, points);
}

function headlessDecisions(p: PreparedScenario, play: Play): DecisionEntry[] {
  return [
    ...Object.entries(play.choose ?? {}).map(([step, choose]) => ({ step, choose })),
    ...Object.entries(play.estimate ?? {}).map(([step, estimate]) => ({ step, estimate })),
    ...Object.entries(play.allocate ?? {}).map(([step, typed]) => ({ step, allocate: typedShares(p, step, typed) })),
  ];
}

async function pressOn(page: Page, selector: string, key: string): Promise<void> {
  const target = page.locator(selector);
  await target.focus();
  await page.keyboard.press(key);
}

/** Answers the current step by keyboard (nothing to answer on a narrative step). */
async function answer(page: Page, p: PreparedScenario, stepId: string, kind: string, play: Play): Promise<void> {
  if (kind === 'choice') {
    for (const id of play.choose?.[stepId] ?? []) await pressOn(page, `.choice input[value="${id}"]`, 'Space');
    await pressOn(page, '.choice button[type="submit"]', 'Enter');
    await page.locator('[data-testid="choice-feedback"]').filter({ hasText: /\S/ }).waitFor();
  } else if (kind === 'estimate') {
    await page.locator('.estimate input').focus();
    await page.keyboard.type(String(play.estimate?.[stepId]));
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="estimate-confirmation"]').filter({ hasText: /\S/ }).waitFor();
  } else if (kind === 'allocate') {
    const step = p.steps.get(stepId);
    const ids = step?.kind === 'allocate' ? step.options.map((o) => o.id) : [];
    for (const [id, percent] of play.allocate?.[stepId] ?? []) {
      await page.locator('.share').nth(ids.indexOf(id)).locator('input[type="number"]').focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(String(percent));
      await page.keyboard.press('Tab'); // commits the field (its change event)
    }
    await pressOn(page, '.allocate button[type="submit"]', 'Enter');
    await page.locator('.results h2').waitFor();
  } else if (kind === 'sandbox') {
    for (const index of play.nudge ?? []) await pressOn(page, `.params input[type="range"] >> nth=${index}`, 'ArrowRight');
  }
}

const CASES: { id: string; locale: string; play: Play }[] = [
  {
    id: 'mrs-smith-lost-value',
    locale: 'en-US',
    play: {
      choose: { diagnose: ['refused-requests', 'chatting-cashiers', 'id-check', 'no-thanks'], recover: ['visit-this-week'] },
      estimate: { guess: 300000 },
      nudge: [0, 4],
    },
  },
  {
    id: 'mrs-smith-lost-value',
    locale: 'zh-CN',
    play: {
      choose: { diagnose: ['chatting-cashiers', 'no-thanks', 'prices'], recover: ['coupon'] },
      estimate: { guess: 442000 },
    },
  },
  {
    id: 'vanity-number-penalty',
    locale: 'en-US',
    play: {
      choose: { respond: ['waive-and-compete'], kinds: ['penalty-financial', 'paperwork-procedural', 'points-financial', 'manager-relational', 'copy-relational'] },
      allocate: { portfolio: [['relational', 60], ['value', 40]] },
    },
  },
  {
    id: 'vanity-number-penalty',
    locale: 'zh-CN',
    play: {
      choose: { respond: ['add-procedures'], kinds: ['penalty-financial', 'copy-financial'] },
      allocate: { portfolio: [['financial', 70]] },
    },
  },
];

test.each(CASES)('$id in $locale plays to the debrief by keyboard with the engine\'s total', async ({ id, locale, play }) => {
  const p = preparedCase(id);
  const expected = playHeadless(p, { seed: SEED, decisions: headlessDecisions(p, play) });
  const messages = locale === 'zh-CN' ? playerZhCN : playerEn;
  const { page, consoleErrors } = await openApp(`#/play/${id}?seed=${SEED}`, { locale });
  const player = page.locator('.player');

  for (const [i, stepId] of expected.path.entries()) {
    await page.locator(`.player[data-step="${stepId}"]`).waitFor();
    const kind = (await player.getAttribute('data-kind')) ?? '';
    if (kind === 'debrief') break;
    await answer(page, p, stepId, kind, play);
    await pressOn(page, `.step-nav button.primary:text-is("${messages['player.next']}")`, 'Enter');
    await page.locator(`.player[data-step="${expected.path[i + 1]}"]`).waitFor();
  }

  const scores = expected.evaluation.scores;
  const total = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(scores.total);
  const totalText = messages['player.debrief.total'].replace('{total}', total);
  await expect.poll(() => page.locator('[data-testid="debrief-total"]').innerText()).toContain(totalText);
  expect(await page.locator('[data-testid="debrief-grade"]').innerText()).toContain(scores.grade);
  expect(consoleErrors).toEqual([]);
});
