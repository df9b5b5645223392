// Every shipped case plays in real Chromium, in both languages, from its first step to a
// debrief that sets the learner's run beside the case's named strategies (issues 16–18).
// A simple learner: picks the first option, keeps each estimate's default (or the smallest
// allowed value when there is none), submits each split as offered, and presses Next. No console error on the way.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { playerEn } from '../../src/ui/app/i18n/player.en.ts';
import { playerZhCN } from '../../src/ui/app/i18n/player.zh-CN.ts';
import { content } from './routes.ts';
import { openApp } from './helpers.ts';

const MESSAGES = { en: playerEn, 'zh-CN': playerZhCN } as const;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message with `{placeholders}` as a pattern that matches any filled-in value. */
const pattern = (message: string) => new RegExp(`^${escape(message).replace(/\\\{\w+\\\}/g, '.+')}$`);

async function visibleEnabled(page: Page, name: RegExp): Promise<boolean> {
  const button = page.getByRole('button', { name }).first();
  return (await button.count()) > 0 && (await button.isVisible()) && (await button.isEnabled());
}

async function playToDebrief(page: Page, locale: keyof typeof MESSAGES): Promise<void> {
  const t = MESSAGES[locale];
  const submitAnswer = pattern(t['player.submitAnswer']);
  const submitEstimate = pattern(t['player.estimate.submit']);
  const submitSplit = new RegExp(`${pattern(t['player.allocate.submit']).source}|${pattern(t['player.allocate.submitRound']).source}`);
  const nextRound = pattern(t['player.allocate.nextRound']);
  const next = pattern(t['player.next']);
  const step = page.locator('article.step');
  for (let moves = 0; moves < 300; moves += 1) {
    if (await page.getByTestId('debrief-alternative').count()) return;
    if (await page.getByRole('button', { name: submitAnswer }).count()) {
      const radios = step.locator('input[type="radio"]');
      if (await radios.count()) await radios.first().check();
      else await step.locator('input[type="checkbox"]').first().check();
      await page.getByRole('button', { name: submitAnswer }).click();
    } else if (await visibleEnabled(page, submitEstimate)) {
      // A step without a default starts empty: the learner's guess is the smallest allowed.
      const input = step.getByRole('spinbutton').first();
      if ((await input.inputValue()) === '') await input.fill((await input.getAttribute('min')) ?? '0');
      await page.getByRole('button', { name: submitEstimate }).click();
    } else if (await visibleEnabled(page, submitSplit)) {
      await page.getByRole('button', { name: submitSplit }).first().click();
    } else if (await visibleEnabled(page, nextRound)) {
      await page.getByRole('button', { name: nextRound }).click();
    } else if (await visibleEnabled(page, next)) {
      await page.getByRole('button', { name: next }).click();
    } else {
      throw new Error(`stuck on “${await page.getByRole('heading', { level: 1 }).innerText()}”`);
    }
  }
  throw new Error('no debrief after 300 moves');
}

const cases = content.scenarios.map((s) => s.id).filter((id) => id !== 'coffee-card-example');

test.each(cases.flatMap((id) => [{ id, locale: 'en' as const }, { id, locale: 'zh-CN' as const }]))(
  '$id plays to a debrief with the road not taken ($locale)',
  async ({ id, locale }) => {
    const { page, consoleErrors } = await openApp(`#/play/${id}?seed=5`, { locale: locale === 'en' ? 'en-US' : 'zh-CN' });
    await playToDebrief(page, locale);
    const section = page.getByTestId('debrief-alternative');
    // The learner's run and at least one of the case's strategies, side by side.
    const headers = await section.getByRole('columnheader').allInnerTexts();
    expect(headers.length).toBeGreaterThanOrEqual(3);
    expect(await section.getByTestId('best-alternative').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  },
  120_000,
);
