// The authoring route in real Chromium: copy the example, break it in the CodeMirror editor
// and see the problem marked at its line (in both languages), jump to it, fix it, edit through
// the form and watch the preview follow; autosave survives a reload; import, download and
// delete; Tab is never trapped; axe-clean list and editor; CodeMirror only on this route.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { copyScenarioText } from '../../src/ui/author/copyScenario.ts';
import { issueMarks } from '../../src/ui/author/diagnostics.ts';
import { expectNoAxeViolations, openApp, waitForPageHeading } from './helpers.ts';

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../scenarios/coffee-card-example.yaml'), 'utf8');
const COPY = (() => {
  const copy = copyScenarioText(COFFEE);
  if (!copy.ok) throw new Error('the example cannot be copied');
  return copy.text;
})();
/** A file to import: the copy with its own id and title. */
const MINE = COPY.replace('coffee-card-example-copy', 'my-case').replace('en: "The coffee stamp card: does a loyalty scheme pay? (copy)"', 'en: "Coffee card, mine"');
/** The error the test types: `version: 1` becomes `version: 1x`. */
const BROKEN = COPY.replace(/^version: 1$/m, 'version: 1x');

function expectedProblems(locale: 'en' | 'zh-CN'): string[] {
  const loaded = loadScenario(BROKEN);
  if (loaded.ok) throw new Error('expected the broken copy to have problems');
  return issueMarks(BROKEN, loaded.issues, locale).map((m) =>
    locale === 'en' ? `Line ${m.line}, column ${m.col}: ${m.message}` : `第 ${m.line} 行第 ${m.col} 列：${m.message}`,
  );
}

/** The lines CodeMirror has drawn (only those near the viewport). */
const visibleText = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent).join('\n'));

/** The whole text as autosaved (read from IndexedDB once the page says it is saved). */
async function savedText(page: Page): Promise<string> {
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
  const id = decodeURIComponent(page.url().replace(/^.*#\/author\/([^?]+).*$/, '$1'));
  return page.evaluate(
    (draftId) =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('loyalty-lab');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('drafts').objectStore('drafts').get(draftId);
          request.onsuccess = () => (open.result.close(), done(request.result?.text ?? ''));
          request.onerror = () => fail(request.error);
        };
      }),
    id,
  );
}
const problemTexts = (page: Page) => page.getByTestId('problem-list').getByRole('button').allInnerTexts();
const isInEditor = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('.cm-editor'));

async function copyExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Make a copy to edit.*The coffee stamp card/ }).click();
  await expect.poll(() => page.url()).toMatch(/#\/author\/[0-9a-f-]{36}$/);
  await page.locator('.cm-content').waitFor();
  await expect.poll(() => page.locator('main h1').first().innerText()).toBe('Editing: The coffee stamp card: does a loyalty scheme pay? (copy)');
}

test('the first page does not load CodeMirror; the author list and editor do, and pass axe', async () => {
  const { page, consoleErrors } = await openApp('#/');
  const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js')));
  expect((await scripts()).some((name) => /yamlEditor/.test(name))).toBe(false);
  // The built chunk that holds CodeMirror is only the editor's.
  const assets = readdirSync(resolve(import.meta.dirname, '../../dist/assets'));
  const withCodeMirror = assets.filter((f) => f.endsWith('.js') && readFileSync(resolve(import.meta.dirname, '../../dist/assets', f), 'utf8').includes('cm-lintRange'));
  expect(withCodeMirror.every((f) => f.startsWith('yamlEditor-'))).toBe(true);

  await page.goto(page.url().replace(/#.*$/, '#/author'));
  await waitForPageHeading(page);
  expect(await page.locator('main h1').innerText()).toBe('Author a case');
  await page.waitForLoadState('networkidle');
  expect((await scripts()).some((name) => /yamlEditor/.test(name))).toBe(false);
  await expectNoAxeViolations(page);

  await copyExample(page);
  expect((await scripts()).some((name) => /yamlEditor/.test(name))).toBe(true);
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('an error typed into the editor is marked at its line, listed, followed to, and fixed; the preview follows', async () => {
  const { page, consoleErrors } = await openApp('#/author');
  await copyExample(page);
  const preview = page.getByTestId('preview');
  await expect.poll(() => preview.locator('h1').innerText()).toBe('The corner café');
  expect(await savedText(page)).toBe(COPY);

  // Break it: `version: 1` → `version: 1x`.
  await page.locator('.cm-line', { hasText: /^version: 1$/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await expect.poll(() => problemTexts(page)).toEqual(expectedProblems('en'));
  const [firstLine] = expectedProblems('en');
  expect(firstLine).toMatch(/^Line 6, column 10: version: /);
  await expect.poll(() => page.locator('.cm-line', { hasText: 'version: 1x' }).locator('.cm-lintRange-error').count()).toBe(1);
  expect(await page.locator('.cm-lint-marker-error').count()).toBe(1);
  expect(await page.getByTestId('preview-blocked').innerText()).toBe('Fix the problem above to preview the case.');
  expect(await page.getByRole('button', { name: 'Make a share link' }).isDisabled()).toBe(true);

  // The teacher's language changes the messages, marks included.
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect.poll(() => problemTexts(page)).toEqual(expectedProblems('zh-CN'));
  await page.getByLabel('语言').selectOption('en').catch(() => page.locator('header select').selectOption('en'));
  await expect.poll(() => problemTexts(page)).toEqual(expectedProblems('en'));

  // The problem's button puts the cursor on its line.
  await page.getByTestId('problem-list').getByRole('button').first().click();
  await expect.poll(() => isInEditor(page)).toBe(true);
  expect(await page.locator('.cm-activeLine').innerText()).toBe('version: 1x');

  // Tab leaves the editor (it is not a keyboard trap), both ways.
  await page.keyboard.press('Tab');
  expect(await isInEditor(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await isInEditor(page)).toBe(true);

  // Fix it.
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await expect.poll(() => page.getByTestId('problem-list').innerText()).toContain('No problems: the case is valid.');
  expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
  await expect.poll(() => preview.locator('h1').innerText()).toBe('The corner café');
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('the form writes into the file, the preview follows, and autosave keeps it across a reload', async () => {
  const { page, consoleErrors } = await openApp('#/author');
  await copyExample(page);
  const preview = page.getByTestId('preview');

  await page.getByText('Title and summary').click();
  const title = page.getByRole('group', { name: 'Title', exact: true }).getByLabel('English (en)');
  await title.fill('Coffee card, edited');
  await title.press('Tab');
  await expect.poll(() => preview.locator('.case-title').innerText()).toBe('Coffee card, edited');
  expect(await visibleText(page)).toContain('\n  en: "Coffee card, edited"\n');
  // Everything else in the file is as it was, comments included.
  expect(await savedText(page)).toBe(COPY.replace('en: "The coffee stamp card: does a loyalty scheme pay? (copy)"', 'en: "Coffee card, edited"'));

  await page.getByText(/^Parameters \(5\)/).click();
  const priceDefault = page.getByRole('group', { name: /cupPrice/ }).getByLabel('Default');
  await priceDefault.fill('25');
  await priceDefault.press('Tab');
  const edited = COPY.replace('en: "The coffee stamp card: does a loyalty scheme pay? (copy)"', 'en: "Coffee card, edited"');
  await expect.poll(() => savedText(page)).toBe(edited.replace('    default: 20\n', '    default: 25\n'));

  // The sandbox view of the preview starts from the new default.
  await page.getByRole('navigation', { name: 'Preview as' }).getByRole('link', { name: 'Sandbox' }).click();
  await expect.poll(() => page.url()).toMatch(/\?preview=sandbox$/);
  const slider = preview.getByRole('slider', { name: /Price per cup/ });
  await expect.poll(() => slider.inputValue()).toBe('25');
  await expectNoAxeViolations(page);

  // Undo in the editor takes the form's change back.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => savedText(page)).toBe(edited);

  await page.reload();
  await waitForPageHeading(page);
  await page.locator('.cm-content').waitFor();
  await expect.poll(() => page.locator('main h1').first().innerText()).toBe('Editing: Coffee card, edited');
  expect(await visibleText(page)).toContain('en: "Coffee card, edited"');
  expect(await savedText(page)).toBe(COPY.replace('en: "The coffee stamp card: does a loyalty scheme pay? (copy)"', 'en: "Coffee card, edited"'));
  expect(consoleErrors).toEqual([]);
});

test('import a file, download it, restore the opened version, and delete the draft after confirming', async () => {
  const { page, consoleErrors } = await openApp('#/author');
  const tooBig = Buffer.alloc(1024 * 1024 + 1, 'a');
  const input = page.getByLabel('Scenario file (.yaml, .yml or .json, up to 1 MB)');
  await input.setInputFiles({ name: 'huge.yaml', mimeType: 'application/yaml', buffer: tooBig });
  await expect.poll(() => page.getByRole('alert').first().innerText()).toBe('The file is 1,048,577 bytes; the limit is 1 MB (1,048,576 bytes). Choose a smaller file.');

  await input.setInputFiles({ name: 'mine.yaml', mimeType: 'application/yaml', buffer: Buffer.from(MINE) });
  await page.locator('.cm-content').waitFor();
  await expect.poll(() => visibleText(page)).toContain('id: my-case');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download file' }).first().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('my-case.yaml');

  const restore = page.getByRole('button', { name: 'Restore the version you opened' });
  expect(await restore.isDisabled()).toBe(true);
  await page.locator('.cm-line', { hasText: /^version: 1$/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await expect.poll(() => restore.isDisabled()).toBe(false);
  await restore.click();
  await expect.poll(() => page.locator('.cm-line', { hasText: /^version: 1$/ }).count()).toBe(1);
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');

  await page.getByRole('link', { name: 'All drafts' }).click();
  await waitForPageHeading(page);
  const drafts = page.getByTestId('draft-list').getByRole('listitem');
  await expect.poll(() => drafts.count()).toBe(1);
  await page.getByRole('button', { name: /^Delete/ }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await expect.poll(() => page.getByText('No drafts yet.', { exact: false }).count()).toBe(1);
  expect(await page.getByTestId('drafts-status').innerText()).toBe('Deleted “Coffee card, mine”.');
  expect(consoleErrors).toEqual([]);
});
