// The customer lab's problem messages in both languages: one text per code, prefixed with
// where the problem is (line and column), for the page and the command line alike.
import { interpolate, type Locale } from '../locale.ts';
import type { ParseProblem } from './parse.ts';

const TEMPLATES: Record<string, Record<Locale, string>> = {
  'mapping-unknown': { en: 'unknown column role "{role}" (use customer, date, amount, quantity or - to skip)', 'zh-CN': '未知的列用途“{role}”（可用 customer、date、amount、quantity，或用 - 跳过）' },
  'mapping-missing': { en: 'the column mapping needs a "{role}" column', 'zh-CN': '列对应缺少“{role}”列' },
  'mapping-twice': { en: 'the column mapping names "{role}" more than once', 'zh-CN': '列对应中“{role}”出现了不止一次' },
  binary: { en: 'this is not a text file (it contains binary data); choose a CSV, TSV or text file', 'zh-CN': '这不是文本文件（含有二进制数据）；请选择 CSV、TSV 或文本文件' },
  'too-large': { en: 'the file is {size} MB; the lab reads files up to {max} MB', 'zh-CN': '文件有 {size} MB；本实验最多读取 {max} MB 的文件' },
  'line-too-long': { en: 'the line is longer than {max} characters', 'zh-CN': '这一行超过 {max} 个字符' },
  'too-few-columns': { en: 'expected {expected} columns, found {found}', 'zh-CN': '应有 {expected} 列，实际只有 {found} 列' },
  'empty-customer': { en: 'the customer is empty', 'zh-CN': '客户编号为空' },
  'bad-date': { en: '"{value}" is not a date (use YYYYMMDD, YYYY-MM-DD or D/M/YYYY)', 'zh-CN': '“{value}”不是日期（请用 YYYYMMDD、YYYY-MM-DD 或 日/月/年）' },
  'bad-number': { en: '"{value}" is not a number', 'zh-CN': '“{value}”不是数字' },
  'negative-amount': { en: 'the amount {value} is negative (returns are not purchases)', 'zh-CN': '金额 {value} 为负数（退货不算购买）' },
  'negative-quantity': { en: 'the quantity {value} is negative', 'zh-CN': '数量 {value} 为负数' },
  'too-many-rows': { en: 'more than {max} rows; the lab reads at most {max}', 'zh-CN': '超过 {max} 行；本实验最多读取 {max} 行' },
  'no-rows': { en: 'the file has no transaction rows', 'zh-CN': '文件里没有交易记录' },
  'no-good-rows': { en: 'none of the rows could be read ({bad} bad rows): check the column mapping', 'zh-CN': '没有一行能读取（{bad} 行有误）：请检查列对应' },
  'no-customers': { en: 'no customer made a first purchase before the end of the calibration period', 'zh-CN': '校准期结束前没有客户首次购买' },
  internal: { en: 'the analysis stopped unexpectedly; the data is still loaded, try again', 'zh-CN': '分析意外中断；数据仍在，请再试一次' },
  'bad-calibration-end': { en: 'the calibration end "{value}" is not a date (use YYYY-MM-DD)', 'zh-CN': '校准期结束日“{value}”不是日期（请用 YYYY-MM-DD）' },
};

const WHERE: Record<Locale, { line: string; cell: string }> = {
  en: { line: 'line {line}: ', cell: 'line {line}, column {column}: ' },
  'zh-CN': { line: '第 {line} 行：', cell: '第 {line} 行第 {column} 列：' },
};

export interface CustomerProblem {
  code: string;
  params: Record<string, string | number>;
  line?: number;
  column?: number;
}

/** The problem in `locale`, starting with its line (and column) when it has one. */
export function customerMessage(problem: CustomerProblem | ParseProblem, locale: Locale): string {
  const template = TEMPLATES[problem.code];
  const text = template ? interpolate(template[locale], problem.params) : problem.code;
  const line = problem.line ?? 0;
  const column = problem.column ?? 0;
  if (line <= 0) return text;
  return interpolate(column > 0 ? WHERE[locale].cell : WHERE[locale].line, { line, column }) + text;
}

export const CUSTOMER_MESSAGE_CODES = Object.keys(TEMPLATES);
