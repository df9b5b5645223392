// The home page lists what the build-time index holds, under headings in the current
// language, and follows a language switch. The index is replaced by a fixture here.
import { flushSync } from 'svelte';
import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import HomePage from '../../../src/ui/home/HomePage.svelte';

vi.mock('../../../src/ui/content/content.ts', () => ({
  contentIndex: {
    scenarios: [
      {
        file: 'ladder.yaml', id: 'ladder', version: 1, lesson: '01-ladder',
        title: { 'zh-CN': '忠诚阶梯', en: 'The loyalty ladder' },
        summary: { 'zh-CN': '带领顾客一级级向上', en: 'Move customers up the ladder' },
      },
      {
        file: 'vanity.yaml', id: 'vanity-number', version: 1, lesson: null,
        title: { 'zh-CN': '靓号违约金', en: 'The vanity-number penalty' },
        summary: { 'zh-CN': '转网的代价', en: 'The price of leaving' },
      },
    ],
    lessons: [
      {
        slug: '01-ladder',
        title: { 'zh-CN': '客户忠诚阶梯', en: 'The customer-loyalty ladder' },
        objectives: { 'zh-CN': ['区分四种忠诚'], en: ['Tell the four loyalty types apart'] },
        scenarios: ['ladder'],
      },
    ],
  },
}));

beforeEach(() => {
  localStorage.clear();
});

test('renders the headings in the current language', () => {
  i18n.setLocale('zh-CN');
  render(HomePage);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('案例与课程');
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['案例', '课程', '实验室']);
  expect(screen.getByRole('link', { name: /客户价值实验室/ })).toHaveAttribute('href', '#/lab/customers');
});

test('lists every scenario of the index with play and sandbox links', () => {
  i18n.setLocale('en');
  render(HomePage);
  const cases = within(screen.getByTestId('scenario-list')).getAllByRole('listitem');
  expect(cases.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
    'The loyalty ladder',
    'The vanity-number penalty',
  ]);
  expect(screen.getByRole('link', { name: 'Play: The vanity-number penalty' })).toHaveAttribute('href', '#/play/vanity-number');
  expect(screen.getByRole('link', { name: 'What-if sandbox: The loyalty ladder' })).toHaveAttribute('href', '#/sandbox/ladder');
});

test('lists the lessons with objectives and their cases, and follows a language switch', () => {
  i18n.setLocale('en');
  render(HomePage);
  const lessons = screen.getByTestId('lesson-list');
  expect(within(lessons).getByRole('heading', { level: 3 })).toHaveTextContent('The customer-loyalty ladder');
  expect(within(lessons).getByText('Tell the four loyalty types apart')).toBeInTheDocument();
  expect(within(lessons).getByText('Cases in this lesson: The loyalty ladder')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Read: The customer-loyalty ladder' })).toHaveAttribute('href', '#/lesson/01-ladder');

  i18n.setLocale('zh-CN');
  flushSync();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('案例与课程');
  expect(within(lessons).getByText('本课案例: 忠诚阶梯')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '阅读: 客户忠诚阶梯' })).toHaveAttribute('href', '#/lesson/01-ladder');
});
