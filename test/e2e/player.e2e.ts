// The player in real Chromium: the coffee-card example played to its debrief with the
// keyboard only (Tab, Space, Enter, arrow keys), showing the total and grade headless play
// (the CLI's engine) gives for the same decisions; axe-clean on every kind of step and the
// debrief in both languages; a reload resumes the same step; usable at phone width.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { playHeadless } from '../../src/engine/play.ts';
import { expectNoAxeViolations, openApp, waitForPageHeading } from './helpers.ts';
import { preparedCase } from './cases.ts';
import { tabTo } from './keyboard.ts';



/** The same decisions as `npm run lab -- play scenarios/coffee-card-example.yaml --decisions <file>`. */
const DECISIONS = [
  { step: 'design', choose: 'stamp' },
  { step: 'freeCups', estimate: 250 },
  { step: 'why', choose: ['behaviour', 'best', 'everyone'] },
  { step: 'budget', allocate: { card: 0.3, service: 0.7 } },
  { step: 'budget', allocate: { card: 0.6, service: 0.4 } },
];

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);


async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Waits for the step heading to show `title` and to hold the focus. */
async function expectStep(page: Page, title: string): Promise<void> {
  const h1 = page.locator('main h1');
  await expect.poll(() => h1.innerText()).toBe(title);
  await expect.poll(() => isFocused(h1)).toBe(true);
}

async function pressNext(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');
}

/** Plays the example from its first step to the debrief, keyboard only, checking axe on each kind of step. */
async function playToDebrief(page: Page): Promise<void> {
  await expectStep(page, 'The corner café');
  await pressNext(page);

  await expectStep(page, 'Choose the card');
  await tabTo(page, page.getByRole('radio', { name: 'Buy nine, the tenth is free' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Submit answer' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('choice-feedback').innerText()).toContain('only to people who keep coming back');
  await expectNoAxeViolations(page);
  await pressNext(page);

  await expectStep(page, 'Estimate');
  await tabTo(page, page.getByRole('spinbutton', { name: 'Your estimate (cups)' }));
  await page.keyboard.type('250');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('estimate-confirmation').innerText()).toContain('250 cups');
  await expectNoAxeViolations(page);
  await pressNext(page);

  await expectStep(page, 'What makes a loyalty card pay?');
  for (const name of ['It makes customers come more often than they would have', 'Its rewards go mainly to the most frequent customers', 'It gives everyone the same discount']) {
    await tabTo(page, page.getByRole('checkbox', { name }));
    await page.keyboard.press('Space');
  }
  await tabTo(page, page.getByRole('button', { name: 'Submit answer' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('choice-feedback').locator('li').count()).toBe(5);
  await pressNext(page);

  await expectStep(page, 'Split the promotion budget');
  const card = page.getByRole('slider', { name: 'Promote the card' });
  const service = page.getByRole('slider', { name: 'Train staff and improve service' });
  await tabTo(page, card);
  await press(page, 'ArrowLeft', 20);
  expect([await card.inputValue(), await service.inputValue()]).toEqual(['30', '70']);
  expect(await page.getByTestId('allocation-total').innerText()).toBe('Total: 100% · 3,000 yuan');
  await tabTo(page, page.getByRole('button', { name: 'Submit round 1' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Start round 2 of 2' }));
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expectStep(page, 'Split the promotion budget');
  await tabTo(page, card);
  await press(page, 'ArrowRight', 30);
  expect([await card.inputValue(), await service.inputValue()]).toEqual(['60', '40']);
  await tabTo(page, page.getByRole('button', { name: 'Submit round 2' }));
  await page.keyboard.press('Enter');
  await pressNext(page);

  await expectStep(page, 'What if…?');
  await expectNoAxeViolations(page);
  await pressNext(page);
  await expectStep(page, 'Debrief');
}

test('the example, played with the keyboard only, ends with the engine’s total and grade', async () => {
  const { page, consoleErrors } = await openApp('#/play/coffee-card-example?seed=1');
  await expectNoAxeViolations(page);
  await playToDebrief(page);

  const expected = playHeadless(preparedCase('coffee-card-example'), { seed: 1, decisions: DECISIONS }).evaluation.scores;
  expect({ total: expected.total, grade: expected.grade }).toEqual({ total: 76.3, grade: 'B' });
  expect(await page.getByTestId('debrief-total').innerText()).toContain(`Total ${expected.total} / 100`);
  expect(await page.getByTestId('debrief-grade').innerText()).toBe(`Grade ${expected.grade}: ${expected.gradeLabel.en}`);
  for (const d of expected.dimensions) {
    expect(await page.getByTestId(`score-${d.id}`).innerText()).toBe(`${d.score} / 100`);
  }
  await expectNoAxeViolations(page);

  await page.getByLabel('Language').selectOption('zh-CN');
  await expect.poll(() => page.locator('main h1').innerText()).toBe('复盘');
  expect(await page.getByTestId('debrief-grade').innerText()).toBe(`等级 ${expected.grade}：${expected.gradeLabel['zh-CN']}`);
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

/** The attempts IndexedDB holds, read with the plain API (the app writes them through Dexie). */
function savedSteps(page: Page): Promise<(string | null)[]> {
  return page.evaluate(
    () =>
      new Promise<(string | null)[]>((done, fail) => {
        const open = indexedDB.open('loyalty-lab');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('attempts')) return (db.close(), done([]));
          const all = db.transaction('attempts').objectStore('attempts').getAll();
          all.onsuccess = () => (db.close(), done(all.result.map((a: { stepId: string | null }) => a.stepId)));
          all.onerror = () => fail(all.error);
        };
      }),
  );
}

test('a reload resumes the same step with the answers kept', async () => {
  const { page, consoleErrors } = await openApp('#/play/coffee-card-example');
  await expectStep(page, 'The corner café');
  await pressNext(page);
  await tabTo(page, page.getByRole('radio', { name: 'Buy nine, the tenth is free' }));
  await page.keyboard.press('ArrowDown'); // moves to and selects "10% off every cup"
  await tabTo(page, page.getByRole('button', { name: 'Submit answer' }));
  await page.keyboard.press('Enter');
  await pressNext(page);
  await expectStep(page, 'Estimate');
  await expect.poll(() => savedSteps(page)).toEqual(['freeCups']);

  await page.reload();
  await waitForPageHeading(page);
  await expectStep(page, 'Estimate');
  expect(await page.getByTestId('position').innerText()).toBe('Step 3 of 7');
  await tabTo(page, page.getByRole('button', { name: 'Back' }));
  await page.keyboard.press('Enter');
  await expectStep(page, 'Choose the card');
  expect(await page.getByRole('radio', { name: '10% off every cup' }).isChecked()).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('at phone width nothing scrolls sideways and every control is at least 44 px tall', async () => {
  const { page } = await openApp('#/play/coffee-card-example');
  await page.setViewportSize({ width: 360, height: 740 });
  const check = () =>
    page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      small: [...document.querySelectorAll('main button, main a.button, main summary, main label.option, main input[type="number"], main input[type="range"]')]
        .map((el) => ({ el: el.textContent?.trim() || el.outerHTML.slice(0, 60), h: el.getBoundingClientRect().height }))
        .filter((x) => x.h > 0 && x.h < 44),
    }));
  const next = () => page.getByRole('button', { name: 'Next', exact: true }).click();
  // Touch-style operation this time: taps, not keys.
  await next();
  await expectStep(page, 'Choose the card');
  expect(await check()).toEqual({ overflow: 0, small: [] });
  await page.getByText('Buy nine, the tenth is free').click();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await next();
  await page.getByRole('spinbutton', { name: 'Your estimate (cups)' }).fill('230');
  await page.getByRole('button', { name: 'Submit estimate' }).click();
  await next();
  await page.getByText('The café learns who its regulars are').click();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await next();
  await expectStep(page, 'Split the promotion budget');
  expect(await check()).toEqual({ overflow: 0, small: [] });
  await page.getByRole('button', { name: 'Submit round 1' }).click();
  await page.getByRole('button', { name: 'Start round 2 of 2' }).click();
  await page.getByRole('button', { name: 'Submit round 2' }).click();
  await next();
  await expectStep(page, 'What if…?');
  expect(await check()).toEqual({ overflow: 0, small: [] });
  await next();
  await expectStep(page, 'Debrief');
  expect(await check()).toEqual({ overflow: 0, small: [] });
});
