// The whole customer-value analysis of one transaction set: calibration summary, both model
// fits, ABC, RFM, CLV and the holdout checks. The CLI, the page's worker and tests call this.
import { abcAnalysis, type AbcReport } from './abc.ts';
import { fitBgNbd, pAlive, repeatData, type BgNbdFit } from './bgnbd.ts';
import { clvReport, type ClvReport } from './clvReport.ts';
import { DEFAULT_CLV, type ClvOptions } from './clv.ts';
import { fitGammaGamma, type GammaGammaFit } from './gammaGamma.ts';
import { cumulativeTracking, holdoutByFrequency, type FrequencyRow, type TrackingPoint } from './holdout.ts';
import type { Transaction } from './parse.ts';
import { rfmAnalysis, type RfmReport } from './rfm.ts';
import { customerHistories, lastDay, summarize, transactionCount, type CustomerSummary } from './summary.ts';

export interface AnalyseOptions {
  /** Day number of the last calibration day; default: halfway between first and last day. */
  calibrationEnd?: number;
  abcCuts?: [number, number];
  clv?: ClvOptions;
}

export interface CustomerAnalysis {
  customers: number;
  transactions: number;
  firstDay: number;
  lastDay: number;
  calibrationEnd: number;
  calibrationWeeks: number;
  holdoutWeeks: number;
  summary: CustomerSummary[];
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
  abc: AbcReport;
  rfm: RfmReport;
  /** P(alive) at the calibration end, per customer. */
  alive: number[];
  clv: ClvReport;
  byFrequency: FrequencyRow[];
  tracking: TrackingPoint[];
}

export class AnalysisError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export function analyseTransactions(transactions: readonly Transaction[], options: AnalyseOptions = {}): CustomerAnalysis {
  const histories = customerHistories(transactions);
  if (histories.length === 0) throw new AnalysisError('no-rows');
  const firstDay = histories.reduce((m, h) => Math.min(m, h.days[0]!), Number.POSITIVE_INFINITY);
  const last = lastDay(histories);
  const calibrationEnd = options.calibrationEnd ?? Math.floor((firstDay + last) / 2);
  const summary = summarize(histories, calibrationEnd, last);
  if (summary.length === 0) throw new AnalysisError('no-customers');
  const bgnbd = fitBgNbd(repeatData(summary));
  const gammaGamma = fitGammaGamma(summary);
  const [cutA, cutB] = options.abcCuts ?? [0.2, 0.3];
  const abc = abcAnalysis(summary.map((c) => c.revenue), cutA, cutB);
  const rfm = rfmAnalysis(summary.map((c) => ({ recency: c.T - c.tx, frequency: c.x + 1, monetary: c.revenue / (c.x + 1) })));
  const holdoutWeeks = Math.max(0, (last - calibrationEnd) / 7);
  const inCalibration = histories.filter((h) => h.days[0]! <= calibrationEnd);
  return {
    customers: summary.length,
    transactions: transactionCount(histories),
    firstDay,
    lastDay: last,
    calibrationEnd,
    calibrationWeeks: (calibrationEnd - firstDay + 1) / 7,
    holdoutWeeks,
    summary,
    bgnbd,
    gammaGamma,
    abc,
    rfm,
    alive: summary.map((c) => pAlive(bgnbd.params, c.x, c.tx, c.T)),
    clv: clvReport(summary, bgnbd.params, gammaGamma.params, options.clv ?? DEFAULT_CLV, abc.classOf, rfm.segments),
    byFrequency: holdoutByFrequency(bgnbd.params, summary, holdoutWeeks),
    tracking: cumulativeTracking(bgnbd.params, inCalibration, firstDay, Math.ceil((last - firstDay + 1) / 7)),
  };
}
