// The editor page in jsdom: CodeMirror mounts with a label and without trapping Tab; the
// problems of a broken draft are listed at their lines, in the teacher's language, and a
// problem's button puts the cursor there; fixing the text (through the form or the editor)
// brings the preview, which plays the draft with the same Player a learner gets.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, expect, test, vi } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { parseHash } from '../../../src/ui/app/router.svelte.ts';
import AuthorPage from '../../../src/ui/author/AuthorPage.svelte';
import { issueMarks } from '../../../src/ui/author/diagnostics.ts';

vi.mock('../../../src/ui/content/content.ts', () => import('../player/contentFromDisk.ts'));
vi.setConfig({ testTimeout: 30_000 });

// jsdom has no layout: CodeMirror measures text ranges, which jsdom's Range lacks.
Range.prototype.getClientRects ??= () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');
/** Three problems: a version that is not a number, a misspelt field, and so a missing one. */
const BROKEN = COFFEE.replace(/^version: 1$/m, 'version: one').replace('\nsummary:', '\nsumary:');

beforeEach(() => i18n.setLocale('en'));

async function openDraft(text: string) {
  const store = new Progress({ open: async () => new MemoryStore(), status: new StorageStatus() });
  const draft = await store.saveDraft({ title: 'Coffee', text });
  const user = userEvent.setup({ delay: null });
  const main = document.body.appendChild(document.createElement('main'));
  render(AuthorPage, { target: main, props: { route: parseHash(`#/author/${draft.id}`), store, navigate: vi.fn() } });
  await screen.findByTestId('problem-list');
  return { store, draft, user };
}

function expectedProblems(text: string, locale: 'en' | 'zh-CN'): string[] {
  const loaded = loadScenario(text);
  if (loaded.ok) return [];
  return issueMarks(text, loaded.issues, locale).map((m) => (locale === 'en' ? `Line ${m.line}, column ${m.col}: ${m.message}` : `第 ${m.line} 行第 ${m.col} 列：${m.message}`));
}

const problems = () => within(screen.getByTestId('problem-list')).queryAllByRole('button').map((b) => b.textContent?.trim());

test('CodeMirror mounts with its label and help, and leaves Tab alone', async () => {
  await openDraft(COFFEE);
  const content = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('.cm-content');
    if (!found) throw new Error('CodeMirror has not mounted yet');
    return found;
  });
  expect(content).toHaveAttribute('aria-label', 'Scenario file in YAML');
  expect(content).toHaveAttribute('aria-describedby', 'editor-help');
  expect(document.getElementById('editor-help')).toHaveTextContent(/^Tab moves on to the next control/);
  expect(content.textContent).toContain('id: coffee-card-example');
  // No key binding for Tab: the keydown is left to the browser (not prevented).
  const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
  content.dispatchEvent(tab);
  expect(tab.defaultPrevented).toBe(false);
});

test('a broken draft lists its problems at their lines, in either language, and cannot be previewed or shared', async () => {
  await openDraft(BROKEN);
  const english = expectedProblems(BROKEN, 'en');
  expect(english).toHaveLength(3);
  expect(english.filter((line) => /^Line 6, column 10: version: /.test(line))).toHaveLength(1);
  expect(problems()).toEqual(english);
  expect(screen.getByRole('heading', { level: 2, name: /^Problems\s*\(3 problems\)$/ })).toBeInTheDocument();
  expect(screen.getByTestId('preview-blocked')).toHaveTextContent('Fix the 3 problems above to preview the case.');
  expect(screen.getByRole('button', { name: 'Make a share link' })).toBeDisabled();
  expect(screen.getByText('Fix the 3 problems above to share the case.')).toBeInTheDocument();
  i18n.setLocale('zh-CN');
  await waitFor(() => expect(problems()).toEqual(expectedProblems(BROKEN, 'zh-CN')));
});

test('a problem’s button puts the focus in the editor', async () => {
  const { user } = await openDraft(BROKEN);
  await waitFor(() => expect(document.querySelector('.cm-content')).not.toBeNull());
  await user.click(within(screen.getByTestId('problem-list')).getAllByRole('button')[0]!);
  expect(document.activeElement).toBe(document.querySelector('.cm-content'));
});

test('playing the preview saves nothing to the learner’s progress', async () => {
  const { store, user } = await openDraft(COFFEE);
  const preview = await screen.findByTestId('preview');
  await user.click(within(preview).getByRole('button', { name: 'Next' }));
  expect(within(preview).getByRole('heading', { level: 1 })).toHaveTextContent('Choose the card');
  await user.click(within(preview).getByRole('radio', { name: 'Buy nine, the tenth is free' }));
  await user.click(within(preview).getByRole('button', { name: 'Submit answer' }));
  expect(await store.listAttempts()).toEqual([]);
  // The heading of a preview step does not take the focus away from where the teacher is.
  expect(within(preview).getByRole('heading', { level: 1 })).not.toHaveFocus();
});

test('the form fixes nothing it was not asked to, but its edits reach the text, the save and the preview', async () => {
  const { store, draft, user } = await openDraft(COFFEE);
  const preview = await screen.findByTestId('preview');
  expect(within(preview).getByRole('heading', { level: 1 })).toHaveTextContent('The corner café');
  await user.click(screen.getByText('Title and summary'));
  const title = within(screen.getByRole('group', { name: 'Title' })).getByLabelText('English (en)');
  await user.clear(title);
  await user.type(title, 'Coffee, edited');
  await user.tab();
  await waitFor(() => expect(preview.querySelector('.case-title')).toHaveTextContent('Coffee, edited'));
  const expected = COFFEE.replace('en: "The coffee stamp card: does a loyalty scheme pay?"', 'en: "Coffee, edited"');
  await waitFor(async () => expect((await store.getDraft(draft.id))?.text).toBe(expected));
  expect(screen.getByRole('heading', { level: 1, name: 'Editing: Coffee, edited' })).toBeInTheDocument();
});

test('a number that is not a number is refused by the form with a message', async () => {
  const { store, draft, user } = await openDraft(COFFEE);
  await user.click(screen.getByText('Parameters (5)'));
  const price = within(screen.getByRole('group', { name: /cupPrice/ })).getByLabelText('Default');
  expect(price).toHaveValue('20');
  await user.clear(price);
  await user.type(price, 'twenty');
  await user.tab();
  expect(await screen.findByText('Enter a number, such as 12 or 0.5.')).toBeInTheDocument();
  expect(price).toHaveAttribute('aria-invalid', 'true');
  expect((await store.getDraft(draft.id))?.text).toBe(COFFEE);
});

test('broken YAML turns the form off with a message', async () => {
  await openDraft(COFFEE.replace('title:\n', 'title: [\n'));
  expect(within(screen.getByTestId('edit-form')).getByText('The form is off until the file’s YAML syntax is fixed (see the problems above).')).toBeInTheDocument();
  expect(within(screen.getByTestId('edit-form')).queryByRole('textbox')).not.toBeInTheDocument();
});
