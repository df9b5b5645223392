// The shared route in jsdom: a good link plays the case and saves the attempt under the
// file's id; a bad link says why in the reader's language; the sandbox view keeps `view`.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, expect, test, vi } from 'vitest';
import { encodeShareLink } from '../../../src/engine/share/shareLink.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { Progress } from '../../../src/store/progress.ts';
import { StorageStatus } from '../../../src/store/storageStatus.svelte.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { parseHash } from '../../../src/ui/app/router.svelte.ts';
import SharedPage from '../../../src/ui/share/SharedPage.svelte';

vi.mock('../../../src/ui/content/content.ts', () => import('../player/contentFromDisk.ts'));
vi.setConfig({ testTimeout: 30_000 });

const COFFEE = readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8');
const MINE = COFFEE.replace('id: coffee-card-example', 'id: shared-coffee');
const payloadOf = (text: string) => {
  const encoded = encodeShareLink(text);
  if (!encoded.ok) throw new Error('too large');
  return encoded.payload;
};

beforeEach(() => i18n.setLocale('en'));

function openShared(hash: string) {
  const store = new Progress({ open: async () => new MemoryStore(), status: new StorageStatus() });
  const replaceQuery = vi.fn();
  render(SharedPage, { route: parseHash(hash), store, replaceQuery });
  return { store, replaceQuery, user: userEvent.setup({ delay: null }) };
}

test('a good link plays the case, says it is shared, and saves the attempt under the case text’s hash, never the id it declares', async () => {
  const { store, user } = openShared(`#/shared/${payloadOf(MINE)}?seed=3`);
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('The corner café');
  expect(screen.getByTestId('shared-notice')).toHaveTextContent('This is a shared case');
  expect(screen.getByTestId('shared-notice')).not.toHaveTextContent('It uses the id');
  expect(within(screen.getByTestId('shared-notice')).getByRole('link', { name: 'Open as a sandbox' })).toHaveAttribute('href', `#/shared/${payloadOf(MINE)}?view=sandbox`);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await waitFor(async () => expect((await store.listAttempts()).map((a) => [a.scenarioId, a.seed, a.stepId])).toEqual([[expect.stringMatching(/^shared:[0-9a-f]{16}$/), 3, 'design']]));
});

test.each([
  { name: 'cut off', payload: () => payloadOf(MINE).slice(0, 100), en: /^The link is incomplete/, zh: /^链接不完整/ },
  { name: 'from a newer version', payload: () => `7${payloadOf(MINE).slice(1)}`, en: /^The link was made by a newer version/, zh: /^这个链接由更新版本/ },
  { name: 'empty', payload: () => '', en: /^The link is incomplete/, zh: /^链接不完整/ },
])('a link that is $name says so in both languages', async ({ payload, en, zh }) => {
  openShared(`#/shared/${payload()}`);
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('This shared link cannot be opened');
  expect(screen.getByTestId('shared-problem').textContent).toMatch(en);
  i18n.setLocale('zh-CN');
  await waitFor(() => expect(screen.getByTestId('shared-problem').textContent).toMatch(zh));
});

test('the sandbox view keeps `view=sandbox` when it writes its state to the link', async () => {
  const payload = payloadOf(MINE);
  const { replaceQuery } = openShared(`#/shared/${payload}?view=sandbox`);
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('What if? The coffee stamp card');
  expect(screen.getByRole('link', { name: 'Back to the case' })).toHaveAttribute('href', `#/shared/${payload}`);
  await waitFor(() => expect(replaceQuery).toHaveBeenCalled());
  expect(replaceQuery.mock.calls.at(-1)![0].get('view')).toBe('sandbox');
});
