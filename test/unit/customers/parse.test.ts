// The transaction reader: separators, headers, dates, and a located message in both
// languages for every kind of bad input, with bad rows skipped and counted.
import { describe, expect, it } from 'vitest';
import { parseTransactions, type ColumnRole } from '../../../src/engine/customers/parse.ts';
import { customerMessage, CUSTOMER_MESSAGE_CODES } from '../../../src/engine/customers/messages.ts';
import { dayNumber, parseDate } from '../../../src/engine/customers/dates.ts';
import { customerHistories, summarize } from '../../../src/engine/customers/summary.ts';

const COLS: ColumnRole[] = ['customer', 'date', 'amount'];

describe('dates', () => {
  it('reads YYYYMMDD, ISO and day-first or month-first local dates', () => {
    const day = dayNumber(1997, 3, 4);
    expect(parseDate('19970304')).toBe(day);
    expect(parseDate('1997-03-04')).toBe(day);
    expect(parseDate('1997-03-04T10:20:00Z')).toBe(day);
    expect(parseDate('4/3/1997', 'dmy')).toBe(day);
    expect(parseDate('3/4/1997', 'mdy')).toBe(day);
    expect(parseDate('4.3.1997', 'dmy')).toBe(day);
  });
  it('refuses days that do not exist', () => {
    expect(parseDate('19970230')).toBeNull();
    expect(parseDate('1997-13-01')).toBeNull();
    expect(parseDate('yesterday')).toBeNull();
  });
});

describe('parseTransactions', () => {
  it('reads CSV with a header, TSV and whitespace alike', () => {
    const csv = 'id,when,spent\na,1997-01-01,10\nb,1997-01-02,"2.50"\n';
    const tsv = 'a\t19970101\t10\nb\t19970102\t2.5\n';
    const ws = '  a  19970101   10\n b 19970102 2.5\n';
    for (const text of [csv, tsv, ws]) {
      const r = parseTransactions(text, { columns: COLS });
      expect(r.fatal).toBeNull();
      expect(r.transactions).toEqual([
        { customer: 'a', day: dayNumber(1997, 1, 1), amount: 10, quantity: 1 },
        { customer: 'b', day: dayNumber(1997, 1, 2), amount: 2.5, quantity: 1 },
      ]);
    }
    expect(parseTransactions(csv, { columns: COLS }).header).toBe(true);
  });

  it('skips a column mapped to "-" and reads quantity', () => {
    const r = parseTransactions('00004 0001 19970101  2   29.33\n', { columns: ['customer', '-', 'date', 'quantity', 'amount'] });
    expect(r.transactions[0]).toEqual({ customer: '00004', day: dayNumber(1997, 1, 1), amount: 29.33, quantity: 2 });
  });

  it('skips and counts bad rows, each with its line and column', () => {
    const text = 'a,19970101,10\nb,19970231,5\nc,19970102,-3\nd,19970103\n\ne,19970104,x1\nf,19970105,7\n';
    const r = parseTransactions(text, { columns: COLS });
    expect(r.fatal).toBeNull();
    expect(r.rows).toBe(6);
    expect(r.badRows).toBe(4);
    expect(r.transactions.map((t) => t.customer)).toEqual(['a', 'f']);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['bad-date', 2, 2], ['negative-amount', 3, 3], ['too-few-columns', 4, 3], ['bad-number', 6, 3],
    ]);
    expect(customerMessage(r.problems[0]!, 'en')).toBe('line 2, column 2: "19970231" is not a date (use YYYYMMDD, YYYY-MM-DD or D/M/YYYY)');
    expect(customerMessage(r.problems[1]!, 'zh-CN')).toBe('第 3 行第 3 列：金额 -3 为负数（退货不算购买）');
  });

  it('a wrong column mapping fails the whole file with the first located problem kept', () => {
    // amount and date swapped: no row can be read
    const r = parseTransactions('a,10,19970101\nb,5,19970102\n', { columns: COLS });
    expect(r.fatal?.code).toBe('no-good-rows');
    expect(r.problems[0]).toMatchObject({ code: 'bad-date', line: 1, column: 2 });
    expect(r.header).toBe(false); // numbers where the names would be: data, not a header
    expect(customerMessage(r.fatal!, 'en')).toMatch(/^line 1, column 2: none of the rows could be read \(2 bad rows\)/);
  });

  it('checks the mapping itself', () => {
    expect(parseTransactions('a,1,2', { columns: ['customer', 'date'] }).fatal?.code).toBe('mapping-missing');
    expect(parseTransactions('a,1,2', { columns: ['customer', 'date', 'date', 'amount'] }).fatal?.code).toBe('mapping-twice');
    expect(parseTransactions('a,1,2', { columns: ['customer', 'date', 'price' as ColumnRole] }).fatal?.code).toBe('mapping-unknown');
  });

  it('recognises a 50 MB binary file at once, in both languages', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024);
    let state = 12345;
    for (let i = 0; i < bytes.length; i += 1) { state = (state * 1103515245 + 12345) >>> 0; bytes[i] = state >>> 24; }
    const text = new TextDecoder('utf-8').decode(bytes);
    const started = performance.now();
    const r = parseTransactions(text, { columns: COLS });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.fatal?.code).toBe('binary');
    expect(r.transactions).toHaveLength(0);
    expect(customerMessage(r.fatal!, 'en')).toMatch(/not a text file/);
    expect(customerMessage(r.fatal!, 'zh-CN')).toMatch(/不是文本文件/);
  });

  it('stops at the row limit with a message instead of dropping rows silently', () => {
    const r = parseTransactions('a,19970101,1\nb,19970101,1\nc,19970101,1\n', { columns: COLS, maxRows: 2 });
    expect(r.fatal).toMatchObject({ code: 'too-many-rows', line: 3 });
  });

  it('an empty file is a problem of its own', () => {
    expect(parseTransactions('\n\n', { columns: COLS }).fatal?.code).toBe('no-rows');
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    parseTransactions('a,19970101,1\n'.repeat(500), { columns: COLS, onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(10);
  });

  it('has every message in both languages, Chinese with full-width punctuation', () => {
    for (const code of CUSTOMER_MESSAGE_CODES) {
      const zh = customerMessage({ code, params: {} }, 'zh-CN');
      expect(zh).not.toBe(code);
      expect(zh).not.toMatch(/[,:;](?!\d)/);
    }
  });
});

describe('summary', () => {
  it('merges one customer\'s purchases on one day and measures weeks from the first purchase', () => {
    const r = parseTransactions('a,19970101,1\na,19970101,2\na,19970108,4\na,19970115,8\nb,19970110,5\n', { columns: COLS });
    const [a, b] = summarize(customerHistories(r.transactions), dayNumber(1997, 1, 10)!);
    // a: days 1 (two purchases → one), 8 in calibration; 15 in the holdout.
    expect(a).toMatchObject({ id: 'a', x: 1, tx: 1, T: 9 / 7, mx: 4, revenue: 7, holdoutX: 1, holdoutRevenue: 8 });
    expect(b).toMatchObject({ id: 'b', x: 0, tx: 0, T: 0, revenue: 5 });
  });
});
