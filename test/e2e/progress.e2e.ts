// Progress in real Chromium (issue 8): a case half played survives a reload; finished, it is
// listed in #/progress with the engine's total and grade; the JSON export, imported into a
// clean profile, brings back the same history; the CSV export; axe-clean in both languages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { playHeadless } from '../../src/engine/play.ts';
import { summarizeScores } from '../../src/engine/scoring/types.ts';
import { progressZhCN } from '../../src/ui/app/i18n/progress.zh-CN.ts';
import type { ProgressFile } from '../../src/store/exportFile.ts';
import { appUrl, expectNoAxeViolations, openApp, waitForPageHeading } from './helpers.ts';
import { pressOn, tabTo } from './keyboard.ts';
import { preparedCase } from './cases.ts';

const ID = 'coffee-card-example';
const SEED = 1;


/** What the test does below, as a decisions file for headless play. */
const DECISIONS = [
  { step: 'design', choose: 'stamp' },
  { step: 'freeCups', estimate: 250 },
  { step: 'why', choose: ['behaviour', 'best', 'everyone'] },
  { step: 'budget', allocate: { card: 0.3, service: 0.7 } },
  { step: 'budget', allocate: { card: 0.6, service: 0.4 } },
];

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab, when the target comes earlier) until `target` has focus. */

/** Waits for the step heading to show `title` and to hold the focus. */
async function expectStep(page: Page, title: string): Promise<void> {
  const h1 = page.locator('main h1');
  await expect.poll(() => h1.innerText()).toBe(title);
  await expect.poll(() => isFocused(h1)).toBe(true);
}

const pressNext = (page: Page) => pressOn(page, page.getByRole('button', { name: 'Next', exact: true }), 'Enter');

/** Each saved attempt's step and estimate, read from IndexedDB with the plain API. */
function savedAttempts(page: Page): Promise<{ stepId: string | null; estimate: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('loyalty-lab');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('attempts')) return (db.close(), done([]));
          const all = db.transaction('attempts').objectStore('attempts').getAll();
          all.onsuccess = () => {
            db.close();
            // The snapshot is the engine's saved attempt (src/engine/attempt/savedAttempt.ts).
            type Saved = { stepId: string | null; snapshot: { answers?: { estimates?: Record<string, unknown> } } };
            done(all.result.map((a: Saved) => ({ stepId: a.stepId, estimate: a.snapshot.answers?.estimates?.freeCups })));
          };
          all.onerror = () => fail(all.error);
        };
      }),
  );
}

/** Presses an export button by keyboard and returns the downloaded file's name and text. */
async function exportFile(page: Page, buttonName: string): Promise<{ name: string; text: string; path: string }> {
  await tabTo(page, page.getByRole('button', { name: buttonName, exact: true }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = resolve(inject('tmpDir'), `progress-${Date.now()}-${(download as Download).suggestedFilename()}`);
  await (download as Download).saveAs(path);
  return { name: (download as Download).suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

/** Every attempt row of the progress page as its cells' text, with the attempt's id first. */
function attemptRows(page: Page): Promise<string[][]> {
  return page.getByTestId('attempt-row').evaluateAll((rows) =>
    rows.map((row) => [row.getAttribute('data-attempt-id') ?? '', ...[...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())]),
  );
}

test('a half-played case resumes after a reload; finished, it is listed, exported, imported into a clean profile, and axe-clean', async () => {
  const expected = playHeadless(preparedCase(ID), { seed: SEED, decisions: DECISIONS }).evaluation.scores;
  const { page, consoleErrors } = await openApp(`#/play/${ID}?seed=${SEED}`);

  // (a) Halfway: the card chosen and the estimate given, then a reload.
  await expectStep(page, 'The corner café');
  await pressNext(page);
  await expectStep(page, 'Choose the card');
  await pressOn(page, page.getByRole('radio', { name: 'Buy nine, the tenth is free' }), 'Space');
  await pressOn(page, page.getByRole('button', { name: 'Submit answer' }), 'Enter');
  await page.getByTestId('choice-feedback').filter({ hasText: /\S/ }).waitFor();
  await pressNext(page);
  await expectStep(page, 'Estimate');
  await tabTo(page, page.getByRole('spinbutton', { name: 'Your estimate (cups)' }));
  await page.keyboard.type('250');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('estimate-confirmation').innerText()).toContain('250 cups');
  await expect.poll(() => savedAttempts(page)).toEqual([{ stepId: 'freeCups', estimate: 250 }]);

  await page.reload();
  await waitForPageHeading(page);
  await expectStep(page, 'Estimate');
  expect(await page.getByTestId('position').innerText()).toBe('Step 3 of 7');
  expect(await page.getByTestId('estimate-confirmation').innerText()).toContain('250 cups');
  expect(await page.getByRole('spinbutton', { name: 'Your estimate (cups)' }).inputValue()).toBe('250');
  await pressOn(page, page.getByRole('button', { name: 'Back', exact: true }), 'Enter');
  await expectStep(page, 'Choose the card');
  expect(await page.getByRole('radio', { name: 'Buy nine, the tenth is free' }).isChecked()).toBe(true);
  expect(await page.getByTestId('choice-feedback').innerText()).toContain('only to people who keep coming back');

  // (b) The rest of the case, then a new attempt by "Try again".
  await pressNext(page);
  await expectStep(page, 'Estimate');
  await pressNext(page);
  await expectStep(page, 'What makes a loyalty card pay?');
  for (const name of ['It makes customers come more often than they would have', 'Its rewards go mainly to the most frequent customers', 'It gives everyone the same discount']) {
    await pressOn(page, page.getByRole('checkbox', { name }), 'Space');
  }
  await pressOn(page, page.getByRole('button', { name: 'Submit answer' }), 'Enter');
  await page.getByTestId('choice-feedback').filter({ hasText: /\S/ }).waitFor();
  await pressNext(page);
  await expectStep(page, 'Split the promotion budget');
  const card = page.getByRole('slider', { name: 'Promote the card' });
  await pressOn(page, card, 'ArrowLeft', 20);
  expect(await card.inputValue()).toBe('30');
  await pressOn(page, page.getByRole('button', { name: 'Submit round 1' }), 'Enter');
  await pressOn(page, page.getByRole('button', { name: 'Start round 2 of 2' }), 'Enter');
  await expectStep(page, 'Split the promotion budget');
  await pressOn(page, card, 'ArrowRight', 30);
  expect(await card.inputValue()).toBe('60');
  await pressOn(page, page.getByRole('button', { name: 'Submit round 2' }), 'Enter');
  await pressNext(page);
  await expectStep(page, 'What if…?');
  await pressNext(page);
  await expectStep(page, 'Debrief');
  expect(await page.getByTestId('debrief-total').innerText()).toContain(`Total ${expected.total} / 100`);
  await pressOn(page, page.getByRole('button', { name: 'Try again' }), 'Enter');
  await expectStep(page, 'The corner café');
  await expect.poll(async () => (await savedAttempts(page)).map((a) => a.stepId).sort()).toEqual(['debrief', 'story']);

  await page.goto(appUrl('#/progress'));
  await expect.poll(() => page.locator('main h1').innerText()).toBe('My progress');
  const rows = page.getByTestId('attempt-row');
  await expect.poll(() => rows.count()).toBe(2);
  const cells = (row: Locator) => row.locator('td').allInnerTexts();
  // Newest first: the new attempt, then the finished one with the engine's scores.
  expect((await cells(rows.nth(0))).slice(0, 3)).toEqual(['In progress', '—', '—']);
  const dimensions = expected.dimensions.map((d) => String(d.score));
  expect((await cells(rows.nth(1))).slice(0, 7)).toEqual(['Finished', String(expected.total), expected.grade, ...dimensions]);
  expect(await page.getByTestId('attempt-group').locator('.summary').innerText()).toMatch(
    new RegExp(`Attempts: 2\\s+Best total: ${expected.total} \\(${expected.grade}\\)\\s+Latest: In progress`),
  );

  // (c) Export JSON and CSV.
  const json = await exportFile(page, 'Export all progress (JSON)');
  expect(json.name).toMatch(/^loyalty-lab-progress-\d{4}-\d{2}-\d{2}\.json$/);
  await expect.poll(() => page.getByText(`Downloaded ${json.name}.`).count()).toBe(1);
  const file = JSON.parse(json.text) as ProgressFile;
  expect([file.app, file.kind, file.formatVersion, file.attempts.length]).toEqual(['loyalty-lab', 'progress', 1, 2]);
  const finished = file.attempts.find((a) => a.status === 'finished');
  expect(finished?.scores).toEqual(summarizeScores(expected));
  expect([finished?.scenarioId, finished?.seed, finished?.stepId]).toEqual([ID, SEED, 'debrief']);

  const csv = await exportFile(page, 'Export results (CSV for spreadsheets)');
  expect(csv.name).toMatch(/^loyalty-lab-progress-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.split('\r\n');
  expect(lines[0]).toBe('\uFEFFscenario,version,started,finished,total,grade,value,relationship,ethics,insight');
  // Oldest first: the finished attempt is the first data row.
  expect(lines[1]).toBe([ID, 1, finished?.startedAt, finished?.finishedAt, expected.total, expected.grade, ...dimensions].join(','));
  expect(lines.length).toBe(4); // two rows and the empty string after the last CRLF
  const before = await attemptRows(page);
  expect(consoleErrors).toEqual([]);

  // A clean profile (a new browser context): nothing there until the file is imported.
  const fresh = await openApp('#/progress');
  await fresh.page.getByText('No attempts yet.').waitFor();
  await fresh.page.getByLabel('Import a progress file (.json)').setInputFiles(json.path);
  await expect.poll(() => fresh.page.getByTestId('import-result').innerText()).toBe('Imported: 2 new, 0 updated, 0 already here.');
  await expect.poll(() => fresh.page.getByTestId('attempt-row').count()).toBe(2);
  expect(await attemptRows(fresh.page)).toEqual(before);
  expect(await fresh.page.getByTestId('attempt-group').locator('.summary').innerText()).toBe(
    await page.getByTestId('attempt-group').locator('.summary').innerText(),
  );

  // (d) axe on the page with attempts listed, in both languages.
  await expectNoAxeViolations(fresh.page);
  await fresh.page.getByLabel('Language').selectOption('zh-CN');
  await expect.poll(() => fresh.page.locator('main h1').innerText()).toBe(progressZhCN['progress.title']);
  expect((await cells(fresh.page.getByTestId('attempt-row').nth(1))).slice(0, 3)).toEqual([
    progressZhCN['progress.status.finished'],
    String(expected.total),
    expected.grade,
  ]);
  await expectNoAxeViolations(fresh.page);
  expect(fresh.consoleErrors).toEqual([]);
}, 120_000);
