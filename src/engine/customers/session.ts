// One student's working session on one customer base: holds the transactions and the latest
// analysis so that moving a cut-off or a slider re-computes only what it changes. The page
// runs it in a Web Worker; tests and the fallback run it directly.
import { abcAnalysis } from './abc.ts';
import { analyseTransactions, type CustomerAnalysis } from './analyse.ts';
import { clvReport, type MonthlyCache } from './clvReport.ts';
import type { ClvOptions } from './clv.ts';
import { DEFAULT_GENERATE, generateCustomers, generatedCsv, type GenerateParams } from './generate.ts';
import { abcView, clvView, labView, type AbcView, type ClvView, type LabView } from './labView.ts';
import { parseTransactions, type ColumnRole, type ParseProblem, type Transaction } from './parse.ts';
import type { DateOrder } from './dates.ts';

export interface LoadSummary {
  rows: number;
  badRows: number;
  header: boolean;
  problems: ParseProblem[];
  fatal: ParseProblem | null;
  customers: number;
  firstDay: number;
  lastDay: number;
  /** Halfway between the first and last day: the default calibration end. */
  suggestedEnd: number;
}

export interface AnalyseRequest {
  calibrationEnd: number;
  cuts: [number, number];
  clv: ClvOptions;
}

export class LabSession {
  #transactions: Transaction[] = [];
  #analysis: CustomerAnalysis | null = null;
  #cache: MonthlyCache = new Map();

  load(text: string, columns: ColumnRole[], dateOrder: DateOrder, onProgress?: (f: number) => void): LoadSummary {
    const parsed = parseTransactions(text, { columns, dateOrder, onProgress });
    this.#transactions = parsed.fatal ? [] : parsed.transactions;
    this.#analysis = null;
    let firstDay = Number.POSITIVE_INFINITY;
    let lastDay = Number.NEGATIVE_INFINITY;
    const customers = new Set<string>();
    for (const t of this.#transactions) {
      if (t.day < firstDay) firstDay = t.day;
      if (t.day > lastDay) lastDay = t.day;
      customers.add(t.customer);
    }
    const empty = this.#transactions.length === 0;
    return {
      rows: parsed.rows, badRows: parsed.badRows, header: parsed.header, problems: parsed.problems, fatal: parsed.fatal,
      customers: customers.size, firstDay: empty ? 0 : firstDay, lastDay: empty ? 0 : lastDay,
      suggestedEnd: empty ? 0 : Math.floor((firstDay + lastDay) / 2),
    };
  }

  generate(count: number, seed: number, params: Partial<GenerateParams>, onProgress?: (f: number) => void): LoadSummary {
    const base = generateCustomers(count, seed, { ...DEFAULT_GENERATE, ...params });
    return this.load(generatedCsv(base), ['customer', 'date', 'quantity', 'amount'], 'ymd', onProgress);
  }

  analyse(request: AnalyseRequest): LabView {
    this.#cache = new Map();
    this.#analysis = analyseTransactions(this.#transactions, { calibrationEnd: request.calibrationEnd, abcCuts: request.cuts, clv: request.clv });
    return labView(this.#analysis);
  }

  abc(cuts: [number, number]): AbcView | null {
    const a = this.#analysis;
    return a ? abcView(abcAnalysis(a.summary.map((c) => c.revenue), cuts[0], cuts[1]), cuts) : null;
  }

  clv(options: ClvOptions, cuts: [number, number]): ClvView | null {
    const a = this.#analysis;
    if (!a) return null;
    const classes = abcAnalysis(a.summary.map((c) => c.revenue), cuts[0], cuts[1]).classOf;
    return clvView(clvReport(a.summary, a.bgnbd.params, a.gammaGamma.params, options, classes, a.rfm.segments, this.#cache));
  }
}
