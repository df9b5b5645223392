// A teacher's classroom link in real Chromium (docs/teaching.md): start values, a locked
// control and the language on #/play, played to the debrief, whose total must equal headless
// play with the same values and decisions; and the same link keys on #/sandbox. Axe-clean.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { playHeadless, type DecisionEntry } from '../../src/engine/play.ts';
import { playerEn } from '../../src/ui/app/i18n/player.en.ts';
import { sandboxEn } from '../../src/ui/app/i18n/sandbox.en.ts';
import { expectNoAxeViolations, openApp } from './helpers.ts';
import { preparedCase } from './cases.ts';


const DIAGNOSIS = ['refused-requests', 'chatting-cashiers', 'id-check', 'no-thanks'];
const GUESS = 300000;
const RECOVERY = 'visit-this-week';
const DECISIONS: DecisionEntry[] = [
  { step: 'diagnose', choose: DIAGNOSIS },
  { step: 'guess', estimate: GUESS },
  { step: 'recover', choose: RECOVERY },
];

async function choose(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) await page.locator(`.choice input[value="${id}"]`).check();
  await page.locator('.choice button[type="submit"]').click();
  await page.locator('[data-testid="choice-feedback"]').filter({ hasText: /\S/ }).waitFor();
}

async function next(page: Page, to: string): Promise<void> {
  await page.locator(`.step-nav button.primary:text-is("${playerEn['player.next']}")`).click();
  await page.locator(`.player[data-step="${to}"]`).waitFor();
}

test('#/play with start values, a lock and lang=en: English, 80 locked, the engine’s total', async () => {
  const p = preparedCase('mrs-smith-lost-value');
  const expected = playHeadless(p, { seed: 1, params: { weeklySpend: 80 }, decisions: DECISIONS });
  // The link names no seed: this case's scores do not depend on it, so any seed gives this total…
  expect(playHeadless(p, { seed: 2, params: { weeklySpend: 80 }, decisions: DECISIONS }).evaluation.scores.total).toBe(expected.evaluation.scores.total);
  // …and the start value matters: at the default spend the same decisions score otherwise.
  expect(playHeadless(p, { seed: 1, decisions: DECISIONS }).evaluation.scores.total).not.toBe(expected.evaluation.scores.total);
  expect(expected.path).toEqual(['story', 'diagnose', 'guess', 'explore', 'recover', 'debrief']);

  // A Chinese browser: the link's lang=en must win.
  const { page, consoleErrors } = await openApp('#/play/mrs-smith-lost-value?p.weeklySpend=80&lock=weeklySpend&lang=en', { locale: 'zh-CN' });
  await page.locator('.player[data-step="story"]').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await page.locator('.case-title').innerText()).toBe(p.scenario.title.en);

  await next(page, 'diagnose');
  await choose(page, DIAGNOSIS);
  await next(page, 'guess');
  await page.locator('.estimate input').fill(String(GUESS));
  await page.locator('.estimate button[type="submit"]').click();
  await page.locator('[data-testid="estimate-confirmation"]').filter({ hasText: /\S/ }).waitFor();
  await next(page, 'explore');

  const spend = page.locator('.params [data-param="weeklySpend"]');
  expect(await spend.locator('input[type="range"]').inputValue()).toBe('80');
  expect(await spend.locator('input[type="range"]').isDisabled()).toBe(true);
  expect(await spend.locator('input[type="number"]').isDisabled()).toBe(true);
  expect(await spend.innerText()).toContain(sandboxEn['sandbox.param.locked']);
  // The other sliders still move.
  expect(await page.locator('.params [data-param="years"] input[type="range"]').isEnabled()).toBe(true);
  await expectNoAxeViolations(page);

  await next(page, 'recover');
  await choose(page, [RECOVERY]);
  await next(page, 'debrief');
  const total = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(expected.evaluation.scores.total);
  await expect.poll(() => page.locator('[data-testid="debrief-total"]').innerText()).toContain(playerEn['player.debrief.total'].replace('{total}', total));
  expect(await page.locator('[data-testid="debrief-grade"]').innerText()).toContain(expected.evaluation.scores.grade);
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('#/sandbox with a start value and a lock: 30, disabled, kept in the URL, axe-clean', async () => {
  const { page, consoleErrors } = await openApp('#/sandbox/coffee-card-example?p.cupPrice=30&lock=cupPrice');
  const price = page.locator('[data-param="cupPrice"]');
  expect(await price.locator('input[type="range"]').inputValue()).toBe('30');
  expect(await price.locator('input[type="range"]').isDisabled()).toBe(true);
  expect(await price.locator('input[type="number"]').isDisabled()).toBe(true);
  expect(await price.innerText()).toContain(sandboxEn['sandbox.param.locked']);
  // The sandbox rewrites its URL as it goes: the lock stays in it.
  await expect.poll(() => new URL(page.url()).hash).toBe('#/sandbox/coffee-card-example?seed=1&p.cupPrice=30&lock=cupPrice');
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});
