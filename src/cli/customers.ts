// `npm run lab -- customers FILE --columns …` (fit and segment a transaction file) and
// `npm run lab -- customers --generate N --seed S --out FILE` (write a synthetic base).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { matchLocale, type Locale } from '../engine/locale.ts';
import { analyseTransactions, AnalysisError } from '../engine/customers/analyse.ts';
import { isoDate, parseDate } from '../engine/customers/dates.ts';
import { DEFAULT_GENERATE, generateCustomers, generatedCsv, type GenerateParams } from '../engine/customers/generate.ts';
import { customerMessage } from '../engine/customers/messages.ts';
import { COLUMN_ROLES, parseTransactions, MAX_ROWS, type ColumnRole } from '../engine/customers/parse.ts';
import { cliReport, cliText } from './customersReport.ts';

export const CUSTOMERS_USAGE = `  lab customers FILE --columns customer,-,date,quantity,amount [--calibration-end YYYY-MM-DD] [--date-order ymd|dmy|mdy] [--json]
  lab customers --generate N --seed S [--param name=value]... --out FILE   (names: ${Object.keys(DEFAULT_GENERATE).join(', ')})`;

const CLI_TEXT: Record<string, Record<Locale, string>> = {
  'need-columns': { en: '--columns is required: the file\'s columns in order, "-" to skip one', 'zh-CN': '需要 --columns：按顺序写出文件的各列，用 "-" 跳过一列' },
  'bad-count': { en: '--generate must be a whole number from 1 to {max}, not "{value}"', 'zh-CN': '--generate 必须是 1 到 {max} 之间的整数，而不是“{value}”' },
  'bad-seed': { en: '--seed must be a whole number, not "{value}"', 'zh-CN': '--seed 必须是整数，而不是“{value}”' },
  'need-out': { en: '--out FILE is required with --generate', 'zh-CN': '使用 --generate 时需要 --out FILE' },
  'bad-param': { en: '--param {pair}: expected one of {known} = a positive number', 'zh-CN': '--param {pair}：应为 {known} 之一 = 正数' },
  'bad-weeks': { en: 'weeks must be longer than cohortWeeks', 'zh-CN': 'weeks 必须大于 cohortWeeks' },
  skipped: { en: '{bad} of {rows} rows skipped', 'zh-CN': '{rows} 行中跳过了 {bad} 行' },
  wrote: { en: 'wrote {customers} customers, {rows} transactions to {file}', 'zh-CN': '已把 {customers} 位客户、{rows} 笔交易写入 {file}' },
  unreadable: { en: '{file}: cannot read: {detail}', 'zh-CN': '{file}：无法读取：{detail}' },
};

function say(code: string, locale: Locale, params: Record<string, string | number> = {}): string {
  return CLI_TEXT[code]![locale].replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));
}

function generate(values: { generate?: string; seed?: string; param?: string[]; out?: string }, locale: Locale): number {
  const count = Number(values.generate);
  if (!Number.isInteger(count) || count < 1 || count > MAX_ROWS) return fail(say('bad-count', locale, { max: MAX_ROWS, value: String(values.generate) }));
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) return fail(say('bad-seed', locale, { value: String(values.seed) }));
  if (!values.out) return fail(say('need-out', locale));
  const params: GenerateParams = { ...DEFAULT_GENERATE };
  for (const pair of values.param ?? []) {
    const [name = '', raw = ''] = pair.split('=', 2);
    const value = Number(raw);
    if (!(name in params) || raw.trim() === '' || !(value > 0) || !Number.isFinite(value)) {
      return fail(say('bad-param', locale, { pair, known: Object.keys(DEFAULT_GENERATE).join(', ') }));
    }
    params[name as keyof GenerateParams] = value;
  }
  if (params.weeks <= params.cohortWeeks) return fail(say('bad-weeks', locale));
  const base = generateCustomers(count, seed, params);
  writeFileSync(values.out, generatedCsv(base));
  console.error(say('wrote', locale, { customers: count, rows: base.reduce((n, c) => n + c.times.length, 0), file: values.out }));
  return 0;
}

function analyse(file: string, values: { columns?: string; 'calibration-end'?: string; 'date-order'?: string; json?: boolean }, locale: Locale): number {
  if (!values.columns) return fail(say('need-columns', locale));
  const columns = values.columns.split(',').map((c) => c.trim()) as ColumnRole[];
  let calibrationEnd: number | undefined;
  if (values['calibration-end'] !== undefined) {
    const day = parseDate(values['calibration-end']);
    if (day === null) return fail(customerMessage({ code: 'bad-calibration-end', params: { value: values['calibration-end'] } }, locale));
    calibrationEnd = day;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(say('unreadable', locale, { file, detail: (error as Error).message }));
  }
  const order = values['date-order'];
  const dateOrder = order === 'dmy' || order === 'mdy' ? order : 'ymd';
  const parsed = parseTransactions(text, { columns, dateOrder, maxProblems: 10 });
  for (const problem of parsed.problems) console.error(`${file}: ${customerMessage(problem, locale)}`);
  if (parsed.fatal) {
    if (!parsed.problems.includes(parsed.fatal)) console.error(`${file}: ${customerMessage(parsed.fatal, locale)}`);
    return 1;
  }
  if (parsed.badRows > 0) console.error(`${file}: ${say('skipped', locale, { bad: parsed.badRows, rows: parsed.rows })}`);
  try {
    const analysis = analyseTransactions(parsed.transactions, { calibrationEnd });
    const report = cliReport(file, parsed, analysis, isoDate);
    console.log(values.json ? JSON.stringify(report, null, 2) : cliText(report, locale));
    return 0;
  } catch (error) {
    if (error instanceof AnalysisError) return fail(`${file}: ${customerMessage({ code: error.code, params: {} }, locale)}`);
    throw error;
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

export function customersCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      columns: { type: 'string' }, 'calibration-end': { type: 'string' }, 'date-order': { type: 'string' }, json: { type: 'boolean' },
      generate: { type: 'string' }, seed: { type: 'string' }, param: { type: 'string', multiple: true }, out: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const locale = matchLocale([values.lang ?? process.env.LC_ALL ?? process.env.LANG ?? 'en']);
  if (values.generate !== undefined) return generate(values, locale);
  if (positionals.length !== 1) return fail(`usage:\n${CUSTOMERS_USAGE}\n  (roles: ${COLUMN_ROLES.join(', ')})`);
  return analyse(positionals[0]!, values, locale);
}
