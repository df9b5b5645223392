// The authoring pages in jsdom: the draft list (copy a shipped case, import, delete after
// confirming) and the editor page around CodeMirror: problems listed at their lines, the
// form writing into the text, the preview playing the draft, the language of the messages.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, expect, test, vi } from 'vitest';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { parseHash } from '../../../src/ui/app/router.svelte.ts';
import AuthorPage from '../../../src/ui/author/AuthorPage.svelte';

vi.mock('../../../src/ui/content/content.ts', () => import('../player/contentFromDisk.ts'));
vi.setConfig({ testTimeout: 30_000 });

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');

beforeEach(() => i18n.setLocale('en'));

function setup() {
  const store = new Progress({ open: async () => new MemoryStore(), status: new StorageStatus() });
  const navigate = vi.fn();
  const user = userEvent.setup({ delay: null });
  const main = document.body.appendChild(document.createElement('main'));
  const openPage = (hash: string) => render(AuthorPage, { target: main, props: { route: parseHash(hash), store, navigate } });
  return { store, navigate, user, openPage };
}

test('“Make a copy to edit” saves a copy with its own id and opens it', async () => {
  const { store, navigate, user, openPage } = setup();
  openPage('#/author');
  expect(await screen.findByText('No drafts yet. Make a copy of a case below, or import a file.')).toBeInTheDocument();
  const templates = screen.getByTestId('template-list');
  // One template per shipped case.
  const shipped = readdirSync(resolve(import.meta.dirname, '../../../scenarios')).filter((f) => f.endsWith('.yaml'));
  expect(within(templates).getAllByRole('button')).toHaveLength(shipped.length);
  await user.click(within(templates).getByRole('button', { name: /The coffee stamp card/ }));
  await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  const [draft] = await store.listDrafts();
  expect(navigate).toHaveBeenCalledWith(`#/author/${draft!.id}`);
  expect(draft!.title).toBe('The coffee stamp card: does a loyalty scheme pay? (copy)');
  expect(draft!.text).toContain('\nid: coffee-card-example-copy\n');
  expect(draft!.text).toContain('# A small teaching example that uses every step kind without a built-in model:');
});

test('a second copy of the same case takes the next free id', async () => {
  const { store, user, openPage } = setup();
  await store.saveDraft({ title: 'first', text: COFFEE.replace('id: coffee-card-example', 'id: coffee-card-example-copy') });
  openPage('#/author');
  await screen.findByTestId('draft-list');
  await user.click(within(screen.getByTestId('template-list')).getByRole('button', { name: /The coffee stamp card/ }));
  await waitFor(async () => expect(await store.listDrafts()).toHaveLength(2));
  const texts = (await store.listDrafts()).map((d) => /\nid: (\S+)\n/.exec(d.text)![1]).sort();
  expect(texts).toEqual(['coffee-card-example-copy', 'coffee-card-example-copy-2']);
});

test('a draft is deleted only after confirming; Escape backs out', async () => {
  const { store, user, openPage } = setup();
  await store.saveDraft({ title: 'Mine', text: 'id: mine\ntitle: { zh-CN: 我的, en: Mine }\n' });
  openPage('#/author');
  const list = await screen.findByTestId('draft-list');
  await user.click(within(list).getByRole('button', { name: /^Delete/ }));
  expect(screen.getByText('Delete “Mine” for good? This cannot be undone.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(screen.queryByText(/for good/)).not.toBeInTheDocument();
  expect(await store.listDrafts()).toHaveLength(1);
  await user.click(within(list).getByRole('button', { name: /^Delete/ }));
  await user.click(screen.getByRole('button', { name: 'Delete draft' }));
  expect(await screen.findByText('No drafts yet. Make a copy of a case below, or import a file.')).toBeInTheDocument();
  expect(screen.getByTestId('drafts-status')).toHaveTextContent('Deleted “Mine”.');
  expect(await store.listDrafts()).toEqual([]);
});

test('import: a scenario file becomes a draft; other files get a message', async () => {
  const { store, navigate, user, openPage } = setup();
  openPage('#/author');
  const input = await screen.findByLabelText('Scenario file (.yaml, .yml or .json, up to 1 MB)');
  // As if the browser's file dialog let any file through (its filter is only a hint).
  const anyFile = userEvent.setup({ delay: null, applyAccept: false });
  await anyFile.upload(input, new File(['just text'], 'notes.txt', { type: 'text/plain' }));
  expect(await screen.findByText('Choose a file whose name ends in .yaml, .yml or .json.')).toBeInTheDocument();
  await user.upload(input, new File([COFFEE], 'coffee.yaml', { type: 'application/yaml' }));
  await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  const [draft] = await store.listDrafts();
  expect(draft!.text).toBe(COFFEE);
  expect(draft!.title).toBe('The coffee stamp card: does a loyalty scheme pay?');
});

test('an unknown draft id says so', async () => {
  const { openPage } = setup();
  openPage('#/author/no-such-draft');
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Draft not found');
  expect(screen.getByText('There is no draft “no-such-draft” on this device.')).toBeInTheDocument();
});
