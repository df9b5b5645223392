// The class report page with three students' real export files added through the file
// input (and by drag and drop): refused files by name, counts, means and medians, histogram
// and decision-share tables, the students × cases table, the CSV export, both languages, axe.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import ClassReportPage from '../../../src/ui/classReport/ClassReportPage.svelte';
import type { DownloadableText } from '../../../src/ui/progress/download.ts';
import { fixtureText } from '../../unit/classReport/fixtures.ts';
import { tableRows } from '../charts/chartTestKit.ts';

// The build-time content index is a Vite virtual module; here the files come from disk.
vi.mock('../../../src/ui/content/content.ts', () => import('../player/contentFromDisk.ts'));

const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const fixtureFiles = () => ['alice.json', 'li-bo.json', 'student-3.json'].map((name) => jsonFile(name, fixtureText(name)));
const badFiles = () => [
  jsonFile('notes.json', 'Alice: 83 points'),
  jsonFile('quiz.json', JSON.stringify({ app: 'quiz-maker', kind: 'progress', formatVersion: 1 })),
];

async function renderPage() {
  const downloads: DownloadableText[] = [];
  // Inside <main>, as in the app shell, so landmark checks see the real structure.
  const main = document.body.appendChild(document.createElement('main'));
  render(ClassReportPage, { target: main, props: { download: (f: DownloadableText) => downloads.push(f), now: () => new Date(2025, 3, 2, 15, 0) } });
  return { downloads, user: userEvent.setup() };
}

async function addThroughInput(user: ReturnType<typeof userEvent.setup>, files: File[], label = /Choose progress files/) {
  await user.upload(screen.getByLabelText(label), files);
  await screen.findByTestId('loaded-summary');
}

const caseSection = (id: string) => document.querySelector<HTMLElement>(`[data-scenario-id="${id}"]`)!;
const countsOf = (id: string) => [within(caseSection(id)).getByTestId('started').textContent, within(caseSection(id)).getByTestId('finished').textContent];
const tableIn = (scope: HTMLElement, caption: string | RegExp) => tableRows(within(scope).getByRole('table', { name: caption }));

beforeEach(() => i18n.setLocale('en'));
afterEach(() => {
  i18n.setLocale('en');
  for (const main of document.querySelectorAll('main')) main.remove();
});

describe('ClassReportPage', () => {
  test('starts empty, with a labelled multi-file input', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Class report');
    expect(screen.getByText('No progress files added yet.')).toBeInTheDocument();
    const input = screen.getByLabelText('Choose progress files (.json)');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
  });

  test('loads the good files, names the bad ones with their reasons, and shows the numbers', async () => {
    const { user } = await renderPage();
    await addThroughInput(user, [...fixtureFiles(), ...badFiles()]);

    const problems = screen.getAllByTestId('file-problem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(problems).toEqual([
      'notes.json: This is not a progress file (it is not JSON). Choose the .json file you exported from Loyalty Lab.',
      'quiz.json: This file was not exported from the Loyalty Lab progress page (it may belong to another app, or be a case file).',
    ]);
    expect(screen.getByTestId('loaded-summary')).toHaveTextContent('3 file(s) loaded: 3 student(s), 7 attempt(s).');

    expect(countsOf('coffee-card-example')).toEqual(['3', '3']);
    expect(countsOf('vanity-number-penalty')).toEqual(['3', '1']);

    const coffee = caseSection('coffee-card-example');
    expect(within(coffee).getByRole('heading', { level: 3 })).toHaveTextContent('The coffee stamp card: does a loyalty scheme pay?');
    expect(tableIn(coffee, 'Mean and median scores: The coffee stamp card: does a loyalty scheme pay?')).toEqual([
      ['Score', 'Students', 'Mean', 'Median'],
      ['Total', '3', '64.8', '72.5'],
      ['Value', '3', '38.7', '52'],
      ['Relationship', '3', '46.7', '40'],
      ['Ethics', '3', '100', '100'],
      ['Insight', '3', '73.7', '90'],
    ]);
    expect(tableIn(coffee, 'Total: students per score band: data').slice(1)).toEqual([
      ['0–9', '0'], ['10–19', '0'], ['20–29', '0'], ['30–39', '1'], ['40–49', '0'],
      ['50–59', '0'], ['60–69', '0'], ['70–79', '1'], ['80–89', '1'], ['90–100', '0'],
    ]);
    expect(tableIn(coffee, 'Choose the card: share of the 3 student(s) who answered: data')).toEqual([
      ['Option', 'Share of students who answered (%)'],
      ['Buy nine, the tenth is free', '0'],
      ['10% off every cup', '33.3'],
      ['A stamp card whose stamps expire after 30 days (in the fine print)', '33.3'],
      ['No card; spend the money elsewhere', '33.3'],
    ]);
    expect(tableIn(coffee, 'Split the promotion budget: mean share of the budget, 3 student(s): data').slice(1)).toEqual([
      ['Promote the card', '60'],
      ['Train staff and improve service', '40'],
    ]);
    expect(within(coffee).getByText('2 student(s) answered: mean 300 cups, median 300 cups.')).toBeInTheDocument();
    expect(within(coffee).getByText(/shares can add up to more than 100%/)).toBeInTheDocument();
    expect(screen.getByText(/best finished attempt at each case/)).toBeInTheDocument();
    expect(screen.getByText(/latest answer/)).toBeInTheDocument();

    const vanity = caseSection('vanity-number-penalty');
    expect(tableIn(vanity, /^The retention budget for the whole base: mean share of the budget, 2 student/).slice(1).map((r) => r[1])).toEqual(['5', '15', '35', '45']);

    expect(tableRows(screen.getByRole('table', { name: 'Best total and grade per student and case' }))).toEqual([
      ['Student', 'Class code', 'The coffee stamp card: does a loyalty scheme pay?', 'The vanity-number penalty', 'File(s)'],
      ['Alice Wang', 'CRM-1', '83 (B)latest: 44 (D)', '86.1 (A)', 'alice.json'],
      ['CRM-1 (student-3.json)', 'CRM-1', '72.5 (B)', 'In progress', 'student-3.json'],
      ['李博', 'CRM-1', '38.8 (D)', 'In progress', 'li-bo.json'],
    ]);
  });

  test('exports the class table as CSV for a gradebook', async () => {
    const { user, downloads } = await renderPage();
    await addThroughInput(user, fixtureFiles());
    await user.click(screen.getByRole('button', { name: 'Export the class table as CSV' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toBe('loyalty-lab-class-2025-04-02.csv');
    const lines = downloads[0]!.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFStudent,Class code,The coffee stamp card: does a loyalty scheme pay?: best total,The coffee stamp card: does a loyalty scheme pay?: grade,The coffee stamp card: does a loyalty scheme pay?: status,The vanity-number penalty: best total,The vanity-number penalty: grade,The vanity-number penalty: status');
    expect(lines.slice(1)).toEqual(['Alice Wang,CRM-1,83,B,finished,86.1,A,finished', 'CRM-1 (student-3.json),CRM-1,72.5,B,finished,,,in progress', '李博,CRM-1,38.8,D,finished,,,in progress', '']);
    expect(screen.getByText('Downloaded loyalty-lab-class-2025-04-02.csv.')).toBeInTheDocument();
  });

  test('files dropped on the zone load too; the same file again counts once', async () => {
    await renderPage();
    const zone = screen.getByRole('region', { name: 'Add progress files' });
    await fireEvent.drop(zone, { dataTransfer: { files: fixtureFiles(), types: ['Files'] } });
    await screen.findByTestId('loaded-summary');
    expect(countsOf('coffee-card-example')).toEqual(['3', '3']);
    await fireEvent.drop(zone, { dataTransfer: { files: [jsonFile('alice.json', fixtureText('alice.json'))], types: ['Files'] } });
    await screen.findByText(/3 attempt\(s\) appeared in more than one file/);
    expect(screen.getByTestId('loaded-summary')).toHaveTextContent('4 file(s) loaded: 3 student(s), 7 attempt(s).');
    expect(countsOf('coffee-card-example')).toEqual(['3', '3']);
    expect(screen.getAllByTestId('student-row')).toHaveLength(3);
  });

  test('in Chinese: labels, case and option texts, and the reasons for refused files', async () => {
    i18n.setLocale('zh-CN');
    const { user } = await renderPage();
    await addThroughInput(user, [...fixtureFiles(), badFiles()[0]!], /选择进度文件/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('班级报告');
    expect(screen.getAllByTestId('file-problem')[0]).toHaveTextContent('notes.json: 这不是进度文件');
    expect(screen.getByTestId('loaded-summary')).toHaveTextContent('已载入 3 个文件：3 名学生，7 次作答。');
    const coffee = caseSection('coffee-card-example');
    expect(within(coffee).getByRole('heading', { level: 3 })).toHaveTextContent('咖啡集点卡：忠诚计划划算吗？');
    expect(within(coffee).getAllByText('开始作答的学生')).toHaveLength(1);
    expect(tableIn(coffee, '选择会员卡方案：在回答的 3 名学生中所占比例：数据').slice(1)[1]).toEqual(['每杯打九折', '33.3']);
  });

  test('has no axe violations once loaded (jsdom cannot judge contrast)', async () => {
    const { user } = await renderPage();
    await addThroughInput(user, [...fixtureFiles(), ...badFiles()]);
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
