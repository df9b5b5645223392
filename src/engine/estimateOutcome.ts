// A learner's estimate set against what the model says (an estimate step's `outcome`): the
// value or range, where the estimate falls, how many times off it is, and a small bar series
// of the three numbers, so the debrief draws the comparison without computing anything.
import { own } from './own.ts';
import type { Answers } from './answers.ts';
import type { Evaluation } from './evaluate.ts';
import type { Localized } from './locale.ts';
import type { PreparedScenario } from './prepared.ts';
import type { BarSeries } from './series.ts';

export interface EstimateOutcome {
  stepId: string;
  estimate: number;
  /** The outcome: one metric gives low = high. */
  low: number;
  high: number;
  isRange: boolean;
  /** Where the estimate falls against the outcome. */
  position: 'below' | 'inside' | 'above';
  /**
   * How many times too low or too high, against the nearer end (1 inside the range);
   * null when either number is 0 or negative, so no ratio means anything.
   */
  timesOff: number | null;
  /** The chart the case marks the estimate on, if it names one. */
  chart: string | null;
  /** The estimate beside the outcome, as bars (your estimate; the value, or the low and high ends). */
  series: BarSeries;
}

const YOURS: Localized = { en: 'Your estimate', 'zh-CN': '你的估计' };
const OUTCOME: Localized = { en: 'The model', 'zh-CN': '模型的结果' };
const LOW: Localized = { en: 'Low end', 'zh-CN': '低端' };
const HIGH: Localized = { en: 'High end', 'zh-CN': '高端' };
const EMPTY: Localized = { en: '', 'zh-CN': '' };

/** The outcome of estimate step `stepId` in an evaluated attempt; null when it declares none or was not answered. */
export function estimateOutcome(p: PreparedScenario, evaluation: Evaluation, answers: Answers, stepId: string): EstimateOutcome | null {
  const step = p.steps.get(stepId);
  if (step?.kind !== 'estimate' || !step.outcome) return null;
  const estimate = own(answers.estimates, stepId);
  if (estimate === undefined) return null;
  const [first, second] = step.outcome.metrics;
  const a = evaluation.metrics[first!] ?? 0;
  const b = second === undefined ? a : (evaluation.metrics[second] ?? 0);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const position = estimate < low ? 'below' : estimate > high ? 'above' : 'inside';
  const nearer = position === 'below' ? low : high;
  const timesOff =
    position === 'inside' ? 1 : estimate > 0 && nearer > 0 ? (position === 'below' ? nearer / estimate : estimate / nearer) : null;
  const unit = step.unit ?? p.scenario.metrics?.[first!]?.unit ?? EMPTY;
  const outcomeBars =
    second === undefined
      ? [{ id: 'outcome', label: p.scenario.metrics?.[first!]?.label ?? OUTCOME, value: a }]
      : [
          { id: 'low', label: LOW, value: low },
          { id: 'high', label: HIGH, value: high },
        ];
  return {
    stepId,
    estimate,
    low,
    high,
    isRange: second !== undefined,
    position,
    timesOff,
    chart: step.outcome.chart ?? null,
    series: { kind: 'bars', xLabel: EMPTY, yLabel: step.title, unit, items: [{ id: 'estimate', label: YOURS, value: estimate }, ...outcomeBars] },
  };
}

/** Every estimate step of the path with a declared outcome, in the order answered. */
export function estimateOutcomes(p: PreparedScenario, evaluation: Evaluation, answers: Answers): EstimateOutcome[] {
  return Object.keys(answers.estimates)
    .map((id) => estimateOutcome(p, evaluation, answers, id))
    .filter((o): o is EstimateOutcome => o !== null);
}
