// What the customer lab page shows, as small plain data that crosses from the worker to the
// page in one message: fits, classes, segments, CLV groups and the chart series.
import type { Localized } from '../locale.ts';
import type { BarSeries, LineSeries } from '../series.ts';
import type { AbcClass, AbcReport } from './abc.ts';
import type { CustomerAnalysis } from './analyse.ts';
import type { ClvReport, GroupValue } from './clvReport.ts';
import type { ClvOptions } from './clv.ts';
import { SEGMENT_RULES, type RfmGridCell, type SegmentId } from './rfm.ts';

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

export interface AbcView {
  cuts: [number, number];
  classes: AbcReport['classes'];
  lorenz: LineSeries;
}

export interface ClvView {
  options: ClvOptions;
  total: number;
  historic: number;
  mean: number;
  deciles: BarSeries;
  byClass: Record<AbcClass, GroupValue>;
  bySegment: { id: SegmentId; value: GroupValue }[];
}

export interface LabView {
  customers: number;
  transactions: number;
  firstDay: number;
  lastDay: number;
  calibrationEnd: number;
  calibrationWeeks: number;
  holdoutWeeks: number;
  bgnbd: CustomerAnalysis['bgnbd'];
  gammaGamma: CustomerAnalysis['gammaGamma'];
  meanAlive: number;
  abc: AbcView;
  rfm: { counts: Record<SegmentId, number>; grid: RfmGridCell[] };
  clv: ClvView;
  byFrequency: LineSeries | null;
  tracking: LineSeries | null;
}

export function abcView(abc: AbcReport, cuts: [number, number]): AbcView {
  return {
    cuts,
    classes: abc.classes,
    lorenz: {
      kind: 'lines',
      x: abc.lorenz.map((p) => Math.round(p.customers * 1000) / 10),
      xLabel: L('Customers, best first (%)', '客户（从贡献最大者起，%）'),
      yLabel: L('Share of revenue (%)', '收入占比（%）'),
      unit: L('%', '%'),
      series: [
        { id: 'lorenz', label: L('Revenue share', '收入占比'), values: abc.lorenz.map((p) => Math.round(p.revenue * 1000) / 10) },
        { id: 'equal', label: L('If all spent alike', '人人贡献相同时'), values: abc.lorenz.map((p) => Math.round(p.customers * 1000) / 10) },
      ],
    },
  };
}

export function clvView(clv: ClvReport): ClvView {
  const n = clv.values.length;
  return {
    options: clv.options,
    total: clv.total,
    historic: clv.historic,
    mean: n > 0 ? clv.total / n : 0,
    deciles: {
      kind: 'bars',
      xLabel: L('CLV decile (1 = highest)', 'CLV 十分位（1 = 最高）'),
      yLabel: L('CLV of the decile', '该组 CLV 合计'),
      unit: L('', ''),
      items: clv.deciles.map((d, i) => ({ id: `d${i + 1}`, label: L(String(i + 1), String(i + 1)), value: Math.round(d.clv * 100) / 100 })),
    },
    byClass: clv.byClass,
    bySegment: SEGMENT_RULES.filter((s) => clv.bySegment[s.id]).map((s) => ({ id: s.id, value: clv.bySegment[s.id]! })),
  };
}

export function labView(a: CustomerAnalysis): LabView {
  const round3 = (v: number) => Math.round(v * 1000) / 1000;
  const hasHoldout = a.holdoutWeeks > 0;
  return {
    customers: a.customers, transactions: a.transactions, firstDay: a.firstDay, lastDay: a.lastDay,
    calibrationEnd: a.calibrationEnd, calibrationWeeks: a.calibrationWeeks, holdoutWeeks: a.holdoutWeeks,
    bgnbd: a.bgnbd, gammaGamma: a.gammaGamma,
    meanAlive: a.alive.reduce((s, v) => s + v, 0) / Math.max(1, a.alive.length),
    abc: abcView(a.abc, [a.abc.classes.A.customerShare, a.abc.classes.B.customerShare]),
    rfm: { counts: a.rfm.counts, grid: a.rfm.grid },
    clv: clvView(a.clv),
    byFrequency: hasHoldout ? {
      kind: 'lines',
      x: a.byFrequency.map((r) => r.x),
      xLabel: L(`Repeat purchases in calibration (${a.byFrequency.length - 1} = ${a.byFrequency.length - 1} or more)`, `校准期重复购买次数（${a.byFrequency.length - 1} 表示 ${a.byFrequency.length - 1} 次及以上）`),
      yLabel: L('Mean purchases in the holdout', '验证期平均购买次数'),
      unit: L('', ''),
      series: [
        { id: 'actual', label: L('Actual', '实际'), values: a.byFrequency.map((r) => round3(r.actual)) },
        { id: 'expected', label: L('BG/NBD expected', 'BG/NBD 预期'), values: a.byFrequency.map((r) => round3(r.expected)) },
      ],
    } : null,
    tracking: {
      kind: 'lines',
      x: a.tracking.map((p) => p.week),
      xLabel: L('Week', '周'),
      yLabel: L('Cumulative repeat purchases', '累计重复购买次数'),
      unit: L('', ''),
      series: [
        { id: 'actual', label: L('Actual', '实际'), values: a.tracking.map((p) => Math.round(p.actual)) },
        { id: 'expected', label: L('BG/NBD expected', 'BG/NBD 预期'), values: a.tracking.map((p) => Math.round(p.expected)) },
      ],
    },
  };
}
