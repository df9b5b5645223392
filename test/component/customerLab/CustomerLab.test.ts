// The customer lab page on the CDNOW sample through the file input and the mapping step
// (the worker's handler runs on the main thread here: jsdom has no Worker), the ABC slider,
// a generated base, and bad files: located messages in both languages, page still usable.
import { cdnowSamplePath } from '../../cdnowSample.ts';
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '../../../src/ui/app/i18n.svelte.ts';
import LabPage from '../../../src/ui/customerLab/LabPage.svelte';
import { parseHash } from '../../../src/ui/app/router.svelte.ts';
import { tableRows } from '../charts/chartTestKit.ts';

const SAMPLE = cdnowSamplePath();
const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

function renderLab() {
  const main = document.body.appendChild(document.createElement('main'));
  render(LabPage, { target: main, props: { route: parseHash('#/lab/customers') } });
  return userEvent.setup();
}

afterEach(() => {
  i18n.setLocale('en');
  document.body.innerHTML = '';
});

describe('customer lab page', { timeout: 60_000 }, () => {
  test('reads the CDNOW sample, fits the published figures, and moves the ABC cut-off', async () => {
    i18n.setLocale('en');
    const user = renderLab();
    await user.upload(screen.getByLabelText(/A transaction file/), textFile('CDNOW_sample.txt', readFileSync(SAMPLE, 'utf8')));
    // The guessed mapping: customer, skip, date, quantity, amount.
    const selects = await screen.findAllByRole('combobox', { name: /Column \d/ });
    expect(selects.map((s) => (s as HTMLSelectElement).value)).toEqual(['customer', '-', 'date', 'quantity', 'amount']);
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    const summary = await screen.findByTestId('fit-summary', {}, { timeout: 30_000 });
    expect(summary.textContent).toMatch(/2,357 customers, 6,696 transactions/);
    expect((screen.getByLabelText('Calibration ends on') as HTMLInputElement).value).toBe('1997-09-30');
    const bg = tableRows(screen.getByTestId('bgnbd-table'));
    expect(bg.slice(1).map((r) => [r[0], r[1]])).toEqual([['r', '0.243'], ['α', '4.414'], ['a', '0.793'], ['b', '2.426'], ['Log-likelihood', '-9,582.4']]);
    expect(tableRows(screen.getByTestId('gg-table')).slice(1).map((r) => r[1])).toEqual(['6.25', '3.74', '15.44']);
    // The sections after the fit mount one animation frame apart.
    await screen.findByTestId('clv-total', {}, { timeout: 10_000 });
    const abc = () => tableRows(screen.getByTestId('abc-table')).slice(1).map((r) => r[1]);
    expect(abc()).toEqual(['471', '708', '1,178']); // round(2357 · 0.2), round(2357 · 0.5) − 471
    await fireEvent.input(screen.getByRole('slider', { name: /Class A/ }), { target: { value: '10' } });
    // A: round(2357 · 0.1) = 236; B still the next 30 %: round(2357 · 0.4) − 236 = 707; C the rest.
    await expect.poll(abc).toEqual(['236', '707', '1,414']);
    expect(tableRows(screen.getByTestId('rfm-segments')).slice(1).reduce((s, r) => s + Number(r[2]!.replace(',', '')), 0)).toBe(2357);
    expect(screen.getByTestId('clv-total').textContent).toMatch(/Expected value of the base/);
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('a wrong mapping gets a located message in Chinese, and the page stays usable', async () => {
    i18n.setLocale('zh-CN');
    const user = renderLab();
    await user.upload(screen.getByLabelText(/交易文件/), textFile('shop.csv', 'c1,1997-01-03,12.5\nc2,1997-01-04,8\n'));
    const selects = await screen.findAllByRole('combobox', { name: /第 \d 列/ });
    await user.selectOptions(selects[1]!, 'amount');
    await user.selectOptions(selects[2]!, 'date');
    await user.click(screen.getByRole('button', { name: '读取文件' }));
    const alert = await screen.findByRole('alert');
    // amount is read from column 2, which holds the date: the first field that fails
    expect(alert.textContent).toContain('第 1 行第 2 列：');
    expect(alert.textContent).toContain('没有一行能读取');
    // Still on the mapping step: fix it and read again.
    await user.selectOptions(screen.getAllByRole('combobox', { name: /第 \d 列/ })[1]!, 'date');
    await user.selectOptions(screen.getAllByRole('combobox', { name: /第 \d 列/ })[2]!, 'amount');
    await user.click(screen.getByRole('button', { name: '读取文件' }));
    expect(await screen.findByTestId('loaded-summary', {}, { timeout: 30_000 })).toHaveTextContent('已读取 2 行');
  });

  test('bad rows are skipped, counted and located', async () => {
    i18n.setLocale('en');
    const user = renderLab();
    const good = Array.from({ length: 30 }, (_, i) => `c${i % 9},1997-0${1 + (i % 6)}-1${i % 10},${4 + i}`);
    await user.upload(screen.getByLabelText(/A transaction file/), textFile('mixed.csv', [...good, 'c1,1997-02-30,4', 'c2,1997-03-01,-2'].join('\n')));
    await user.click(await screen.findByRole('button', { name: 'Read the file' }));
    const skipped = await screen.findByTestId('skipped-rows', {}, { timeout: 30_000 });
    expect(skipped.textContent).toContain('2 rows could not be read');
    expect(within(skipped).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'line 31, column 2: "1997-02-30" is not a date (use YYYYMMDD, YYYY-MM-DD or D/M/YYYY)',
      'line 32, column 3: the amount -2 is negative (returns are not purchases)',
    ]);
  });

  test('a binary file is refused before the mapping step, and another file can be chosen', async () => {
    i18n.setLocale('en');
    const user = renderLab();
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await user.upload(screen.getByLabelText(/A transaction file/), new File([bytes], 'sales.txt'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a text file/);
    expect(screen.getByLabelText(/A transaction file/)).toBeEnabled();
  });

  test('generates a seeded base and fits it', async () => {
    i18n.setLocale('en');
    const user = renderLab();
    const count = screen.getByRole('spinbutton', { name: 'Customers' });
    await user.clear(count);
    await user.type(count, '500');
    await user.click(screen.getByRole('button', { name: 'Generate and fit' }));
    expect((await screen.findByTestId('fit-summary', {}, { timeout: 30_000 })).textContent).toMatch(/^500 customers/);
  });
});
