// Numbers in prose follow the model: `{{name}}` in a step body and in the debrief is the
// attempt's value (engine bindText), formatted for the reader — never a stale figure.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import { prepare } from './fixtures.ts';
import { renderPlayer } from './playerKit.ts';

beforeEach(() => i18n.setLocale('en'));

const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/run-dependent-key.yaml'), 'utf8')
  .replace(
    "    title: { zh-CN: 开始, en: Start }",
    "    title: { zh-CN: 开始, en: Start }\n    body: { zh-CN: \"价格 {{price}}，收入 {{revenue}}\", en: \"Price {{ price }}, revenue {{revenue}}\" }",
  )
  .replace(
    "    title: { zh-CN: 复盘, en: Debrief }",
    "    title: { zh-CN: 复盘, en: Debrief }\n    body: { zh-CN: \"收入 {{revenue}}\", en: \"Revenue came to {{revenue}}.\" }",
  );

test('a body shows the parameters and metrics of this attempt, in the reader’s format', async () => {
  const { session } = renderPlayer(prepare(text), { seed: 1, params: { price: 62.5 } });
  flushSync();
  await vi.waitFor(() => expect(screen.getByRole('article')).toHaveTextContent('Price 62.5, revenue 62.5'));
  i18n.setLocale('zh-CN');
  flushSync();
  await vi.waitFor(() => expect(screen.getByRole('article')).toHaveTextContent('价格 62.5，收入 62.5'));
  i18n.setLocale('en');
  // Keep doubles revenue (kept = 1): the debrief's text says so.
  for (const event of [{ type: 'NEXT' }, { type: 'CHOOSE', option: 'keep' }, { type: 'NEXT' }, { type: 'CHOOSE', option: 'yes' }, { type: 'NEXT' }, { type: 'CHOOSE', option: 'rest' }, { type: 'NEXT' }] as const) session.send(event as never);
  flushSync();
  await vi.waitFor(() => expect(screen.getByTestId('debrief-story')).toHaveTextContent('Revenue came to 125.'));
});
