// Share links in real Chromium: a teacher's draft becomes a link; the link, opened in a fresh
// browser (no drafts, no progress), validates and plays to the debrief with the engine's
// numbers and saves the result; it opens as a sandbox too. Damaged, cut-off and newer-format
// links get clear messages in both languages; a case too large for a link offers the file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { playHeadless } from '../../src/engine/play.ts';
import { prepareScenario } from '../../src/engine/prepared.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { decodeShareLink, encodeShareLink } from '../../src/engine/share/shareLink.ts';
import { copyScenarioText } from '../../src/ui/author/copyScenario.ts';
import { expectNoAxeViolations, openApp, waitForPageHeading } from './helpers.ts';

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../scenarios/coffee-card-example.yaml'), 'utf8');
const COPY = (() => {
  const copy = copyScenarioText(COFFEE);
  if (!copy.ok) throw new Error('the example cannot be copied');
  return copy.text;
})();

const DECISIONS = [
  { step: 'design', choose: 'stamp' },
  { step: 'freeCups', estimate: 250 },
  { step: 'why', choose: ['behaviour', 'best', 'everyone'] },
  { step: 'budget', allocate: { card: 0.3, service: 0.7 } },
  { step: 'budget', allocate: { card: 0.6, service: 0.4 } },
];

function expectedScores() {
  const loaded = loadScenario(COPY);
  if (!loaded.ok) throw new Error('the copy does not validate');
  return playHeadless(prepareScenario(loaded.scenario), { seed: 1, decisions: DECISIONS }).evaluation.scores;
}

const heading = (page: Page) => page.locator('main h1').innerText();
const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

/** Plays the shared copy of the example to its debrief with taps. */
async function playToDebrief(page: Page): Promise<void> {
  await expect.poll(() => heading(page)).toBe('The corner café');
  await next(page);
  await page.getByText('Buy nine, the tenth is free').click();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await next(page);
  await page.getByRole('spinbutton', { name: 'Your estimate (cups)' }).fill('250');
  await page.getByRole('button', { name: 'Submit estimate' }).click();
  await next(page);
  for (const name of ['It makes customers come more often than they would have', 'Its rewards go mainly to the most frequent customers', 'It gives everyone the same discount']) {
    await page.getByRole('checkbox', { name }).check();
  }
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await next(page);
  const card = page.getByRole('spinbutton', { name: /Promote the card/ });
  await card.fill('30');
  await card.press('Tab');
  await page.getByRole('button', { name: 'Submit round 1' }).click();
  await page.getByRole('button', { name: 'Start round 2 of 2' }).click();
  await card.fill('60');
  await card.press('Tab');
  await page.getByRole('button', { name: 'Submit round 2' }).click();
  await next(page);
  await expect.poll(() => heading(page)).toBe('What if…?');
  await next(page);
  await expect.poll(() => heading(page)).toBe('Debrief');
}

test('a draft shared by link plays to the debrief in a fresh browser and is saved there', async () => {
  const teacher = await openApp('#/author');
  await teacher.page.getByRole('button', { name: /Make a copy to edit.*The coffee stamp card/ }).click();
  await teacher.page.locator('.cm-content').waitFor();
  await teacher.page.getByRole('button', { name: 'Make a share link' }).click();
  const url = await teacher.page.getByLabel('Share link').inputValue();
  const payload = url.replace(/^.*#\/shared\//, '');
  expect(decodeShareLink(payload)).toEqual({ ok: true, text: COPY });
  expect(encodeShareLink(COPY)).toEqual({ ok: true, payload });
  expect(await teacher.page.getByText(/^The link is [\d,]+ characters long \(the limit is 16,000\)\.$/).count()).toBe(1);
  expect(url.startsWith(teacher.url.split('#')[0]!)).toBe(true);
  await expectNoAxeViolations(teacher.page);
  expect(teacher.consoleErrors).toEqual([]);

  // A different browser profile: no drafts, no progress, nothing but the link.
  const student = await openApp(`#/shared/${payload}?seed=1`);
  expect(await student.page.getByTestId('shared-notice').innerText()).toContain('This is a shared case');
  await expectNoAxeViolations(student.page);
  await playToDebrief(student.page);
  const scores = expectedScores();
  expect({ total: scores.total, grade: scores.grade }).toEqual({ total: 76.3, grade: 'B' });
  expect(await student.page.getByTestId('debrief-total').innerText()).toContain(`Total ${scores.total} / 100`);
  await expectNoAxeViolations(student.page);

  await student.page.goto(student.url.replace(/#.*$/, '#/progress'));
  await waitForPageHeading(student.page);
  // A shared case is listed as shared (keyed by its content: issue 22), never as a shipped case.
  await expect.poll(() => student.page.locator('main').innerText()).toContain('Shared case');
  expect(await student.page.locator('main').innerText()).toContain(String(scores.total));

  // The same link as a sandbox, and back to the case.
  await student.page.goto(student.url.replace(/\?seed=1$/, '?view=sandbox'));
  await expect.poll(() => heading(student.page)).toBe('What if? The coffee stamp card: does a loyalty scheme pay? (copy)');
  await expectNoAxeViolations(student.page);
  await student.page.getByRole('link', { name: 'Back to the case' }).click();
  await expect.poll(() => student.page.url()).toMatch(new RegExp(`#/shared/${payload}$`));
  await expect.poll(() => heading(student.page)).toBe('The corner café');
  expect(student.consoleErrors).toEqual([]);
});

test('a shared case with a shipped case’s id says so and leaves the shipped case alone', async () => {
  const altered = COFFEE.replace('en: "The coffee stamp card: does a loyalty scheme pay?"', 'en: "Shared coffee"');
  const encoded = encodeShareLink(altered);
  if (!encoded.ok) throw new Error('the example does not fit a link');
  const { page, url, consoleErrors } = await openApp(`#/shared/${encoded.payload}`);
  expect(await page.getByTestId('shared-notice').innerText()).toContain('It uses the id “coffee-card-example” of a case that comes with the app.');
  expect(await page.locator('.case-title').innerText()).toBe('Shared coffee');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect.poll(() => heading(page)).toBe('Choose the card');

  await page.goto(url.replace(/#.*$/, '#/play/coffee-card-example'));
  await expect.poll(() => page.locator('.case-title').innerText()).toBe('The coffee stamp card: does a loyalty scheme pay?');
  // The shared attempt is not continued as if it were the shipped one.
  expect(await heading(page)).toBe('The corner café');
  expect(consoleErrors).toEqual([]);
});

test.each([
  { name: 'a cut-off link', damage: (p: string) => p.slice(0, 300), en: /^The link is incomplete/, zh: /^链接不完整/ },
  { name: 'a damaged link', damage: (p: string) => `${p.slice(0, 200)}${p[200] === 'A' ? 'B' : 'A'}${p.slice(201)}`, en: /^The link is damaged/, zh: /^链接已损坏/ },
  { name: 'a newer format', damage: (p: string) => `2${p.slice(1)}`, en: /^The link was made by a newer version/, zh: /^这个链接由更新版本/ },
  { name: 'an oversized link', damage: (p: string) => p + 'A'.repeat(16_000), en: /^The link is larger than this app accepts \(at most 16,000 characters/, zh: /^链接超出了本应用能接受的大小/ },
])('$name gets a clear message in both languages', async ({ damage, en, zh }) => {
  const encoded = encodeShareLink(COPY);
  if (!encoded.ok) throw new Error('the copy does not fit a link');
  const path = `#/shared/${damage(encoded.payload)}`;
  const english = await openApp(path);
  expect(await english.page.locator('main h1').innerText()).toBe('This shared link cannot be opened');
  expect(await english.page.getByTestId('shared-problem').innerText()).toMatch(en);
  await expectNoAxeViolations(english.page);
  const chinese = await openApp(path, { locale: 'zh-CN' });
  expect(await chinese.page.locator('main h1').innerText()).toBe('无法打开这个分享链接');
  expect(await chinese.page.getByTestId('shared-problem').innerText()).toMatch(zh);
  expect([...english.consoleErrors, ...chinese.consoleErrors]).toEqual([]);
});

test('a link whose case does not validate lists the problems instead of playing', async () => {
  const encoded = encodeShareLink(COPY.replace(/^version: 1$/m, 'version: 1x'));
  if (!encoded.ok) throw new Error('does not fit a link');
  const { page } = await openApp(`#/shared/${encoded.payload}`);
  expect(await page.getByTestId('shared-problem').innerText()).toBe('The case in this link has 1 problem(s) and cannot be played:');
  expect(await page.locator('main li').first().innerText()).toMatch(/^Line 6, column 10: version: /);
  await expectNoAxeViolations(page);
});

test('a case too large for a link offers the file instead', async () => {
  // Valid, but its summary is 19,000 characters that barely compress (a text may hold 20,000).
  let state = 11;
  const noise = Array.from({ length: 19_000 }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return 'abcdefghijklmnopqrstuvwxyz'[(state >>> 0) % 26];
  }).join('');
  const large = COPY.replace(/^(summary:\n {2}zh-CN: .*\n {2}en: )"[^"]*"/m, `$1"${noise}"`);
  expect(loadScenario(large).ok).toBe(true);
  const { page, consoleErrors } = await openApp('#/author');
  await page.getByLabel('Scenario file (.yaml, .yml or .json, up to 1 MB)').setInputFiles({ name: 'large.yaml', mimeType: 'application/yaml', buffer: Buffer.from(large) });
  await page.locator('.cm-content').waitFor();
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const tooLarge = encodeShareLink(large);
  if (tooLarge.ok) throw new Error('expected the case to be too large');
  expect(await page.getByTestId('share-panel').getByRole('alert').innerText()).toBe(
    `This case is too large for a link: it needs ${tooLarge.size.toLocaleString('en')} characters and the limit is 16,000. Download the file and send it instead; it can be imported on the Author page.`,
  );
  const downloading = page.waitForEvent('download');
  await page.getByTestId('share-panel').getByRole('button', { name: 'Download file' }).click();
  expect((await downloading).suggestedFilename()).toBe('coffee-card-example-copy.yaml');
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});
