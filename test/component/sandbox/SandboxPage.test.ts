// The sandbox route: a shipped case opens with the link's values; an unknown id and a broken
// file each get a page that says what is wrong (located lines for the file), in both languages.
import { render, screen } from '@testing-library/svelte';
import { afterEach, expect, test, vi } from 'vitest';
import { parseHash } from '../../../src/ui/app/router.svelte.ts';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import SandboxPage from '../../../src/ui/sandbox/SandboxPage.svelte';
import { metricText } from './sandboxKit.ts';

const { BROKEN } = vi.hoisted(() => ({ BROKEN: `formatVersion: 1
id: broken-case
version: 1
title: { zh-CN: 坏的, en: Broken }
summary: { zh-CN: 坏的, en: Broken }
parameters:
  price: { label: { zh-CN: 价格, en: Price }, default: 500, min: 0, max: 100 }
steps:
  - id: end
    kind: debrief
    title: { zh-CN: 完, en: End }
scoring:
  dimensions:
    - { id: value, weight: 1, terms: [{ label: { zh-CN: 分, en: Points }, formula: 1 }], bands: [{ min: 0, feedback: { zh-CN: 好, en: Fine } }] }
  grades: [{ min: 0, grade: A, label: { zh-CN: 好, en: Fine } }]
` }));

// The build-time index is a Vite virtual module; here the files come straight from disk.
vi.mock('../../../src/ui/content/content.ts', async () => {
  const disk = await import('../player/contentFromDisk.ts');
  return {
    loadCompiledCase: async (id: string) =>
      id === 'coffee-card-example' ? disk.loadCompiledCase(id) : id === 'broken-case' ? disk.compiledFromText('scenarios/broken-case.yaml', BROKEN) : null,
  };
});

afterEach(() => i18n.setLocale('en'));

test('a shipped case opens with the values its link carries, and links back to the case', async () => {
  render(SandboxPage, { route: parseHash('#/sandbox/coffee-card-example?seed=7&p.upliftStamp=0.3'), replaceQuery: vi.fn() });
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('What if? The coffee stamp card: does a loyalty scheme pay?');
  expect(metricText('profitChange')).toBe('3,200');
  expect(screen.getByRole('link', { name: 'Back to the case' })).toHaveAttribute('href', '#/play/coffee-card-example');
});

test('an unknown id: a not-found page', async () => {
  render(SandboxPage, { route: parseHash('#/sandbox/no-such-case'), replaceQuery: vi.fn() });
  expect(await screen.findByRole('heading', { level: 1, name: 'Case not found' })).toBeInTheDocument();
  expect(screen.getByText('No case called “no-such-case”.')).toBeInTheDocument();
});

test('a broken file: its problems, each at its line and column', async () => {
  render(SandboxPage, { route: parseHash('#/sandbox/broken-case'), replaceQuery: vi.fn() });
  expect(await screen.findByRole('heading', { level: 1, name: 'This case cannot be opened' })).toBeInTheDocument();
  expect(screen.getByText('The file scenarios/broken-case.yaml has 1 problem(s). Fix them and reload:')).toBeInTheDocument();
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    'scenarios/broken-case.yaml:7:54: parameters.price.default: the default 500 is outside 0..100',
  ]);
});

test('in Chinese: the same problems in Chinese', async () => {
  i18n.setLocale('zh-CN');
  render(SandboxPage, { route: parseHash('#/sandbox/broken-case'), replaceQuery: vi.fn() });
  expect(await screen.findByRole('heading', { level: 1, name: '无法打开这个案例' })).toBeInTheDocument();
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    'scenarios/broken-case.yaml:7:54: parameters.price.default: 默认值 500 不在 0..100 范围内',
  ]);
});
