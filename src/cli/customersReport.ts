// What `lab customers` prints: the analysis cut down to figures (JSON), or as a short
// readable summary in the reader's language.
import type { Locale } from '../engine/locale.ts';
import type { CustomerAnalysis } from '../engine/customers/analyse.ts';
import type { ParseResult } from '../engine/customers/parse.ts';
import { SEGMENT_RULES } from '../engine/customers/rfm.ts';

const round = (v: number, digits = 6) => Number(v.toFixed(digits));

export function cliReport(file: string, parsed: ParseResult, a: CustomerAnalysis, iso: (day: number) => string) {
  const abcClass = (k: 'A' | 'B' | 'C') => ({ customers: a.abc.classes[k].customers, revenueShare: round(a.abc.classes[k].revenueShare) });
  return {
    file,
    rows: parsed.rows,
    badRows: parsed.badRows,
    customers: a.customers,
    transactions: a.transactions,
    firstDate: iso(a.firstDay),
    lastDate: iso(a.lastDay),
    calibrationEnd: iso(a.calibrationEnd),
    holdoutWeeks: round(a.holdoutWeeks, 3),
    bgnbd: {
      r: round(a.bgnbd.params.r), alpha: round(a.bgnbd.params.alpha), a: round(a.bgnbd.params.a), b: round(a.bgnbd.params.b),
      logLikelihood: round(a.bgnbd.logLikelihood, 3),
    },
    gammaGamma: {
      p: round(a.gammaGamma.params.p), q: round(a.gammaGamma.params.q), gamma: round(a.gammaGamma.params.gamma),
      logLikelihood: round(a.gammaGamma.logLikelihood, 3), customers: a.gammaGamma.customers,
    },
    abc: { A: abcClass('A'), B: abcClass('B'), C: abcClass('C') },
    rfm: a.rfm.counts,
    clv: { ...a.clv.options, total: round(a.clv.total, 2), historic: round(a.clv.historic, 2) },
    holdout: a.byFrequency.map((row) => ({ x: row.x, customers: row.customers, actual: round(row.actual, 4), expected: round(row.expected, 4) })),
  };
}

type Report = ReturnType<typeof cliReport>;

const LABELS: Record<Locale, Record<string, string>> = {
  en: { customers: 'customers', transactions: 'transactions (customer-days)', calibration: 'calibration ends', holdout: 'holdout weeks', clv: 'CLV (margin {m}, discount {d}, {y} years)', historic: 'historic revenue' },
  'zh-CN': { customers: '客户数', transactions: '交易数（客户-日）', calibration: '校准期结束', holdout: '验证期周数', clv: '客户终身价值（毛利率 {m}，贴现率 {d}，{y} 年）', historic: '历史收入' },
};

export function cliText(r: Report, locale: Locale): string {
  const l = LABELS[locale];
  const colon = locale === 'zh-CN' ? '：' : ': ';
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const paren = (v: string) => (locale === 'zh-CN' ? `（${v}）` : ` (${v})`);
  const clv = l.clv!.replace('{m}', pct(r.clv.margin)).replace('{d}', pct(r.clv.discountRate)).replace('{y}', String(r.clv.years));
  return [
    `${l.customers}${colon}${r.customers}`,
    `${l.transactions}${colon}${r.transactions}`,
    `${l.calibration}${colon}${r.calibrationEnd}`,
    `${l.holdout}${colon}${r.holdoutWeeks}`,
    `BG/NBD${colon}r ${r.bgnbd.r.toFixed(3)}  α ${r.bgnbd.alpha.toFixed(3)}  a ${r.bgnbd.a.toFixed(3)}  b ${r.bgnbd.b.toFixed(3)}  LL ${r.bgnbd.logLikelihood.toFixed(1)}`,
    `Gamma-Gamma${colon}p ${r.gammaGamma.p.toFixed(2)}  q ${r.gammaGamma.q.toFixed(2)}  γ ${r.gammaGamma.gamma.toFixed(2)}`,
    ...(['A', 'B', 'C'] as const).map((k) => `ABC ${k}${colon}${r.abc[k].customers}${paren(pct(r.abc[k].revenueShare))}`),
    ...SEGMENT_RULES.map((s) => `RFM ${s.name[locale]}${colon}${r.rfm[s.id]}`),
    `${clv}${colon}${r.clv.total.toFixed(2)}`,
    `${l.historic}${colon}${r.clv.historic.toFixed(2)}`,
  ].join('\n');
}
