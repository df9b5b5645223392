// The road not taken: several decision sets (the learner's run, the case's strategies)
// played under the same seed and parameters, side by side. The debrief and `lab compare` use it.
import { formulaNames } from './expr/index.ts';
import type { DecisionEntry } from './decisions.ts';
import type { Evaluation } from './evaluate.ts';
import type { Localized } from './locale.ts';
import { playDecisions, PlayError, type HeadlessResult } from './play.ts';
import type { PreparedScenario } from './prepared.ts';
import { summarizeScores, type ScoreSummary } from './scoring/types.ts';
import type { Series } from './series.ts';

/** The id `lab compare --decisions` gives the learner's own run; the debrief uses it too. */
export const STUDENT_RUN_ID = 'you';

export interface RunSpec {
  id: string;
  label: Localized;
  decisions: DecisionEntry[];
}

export interface FiredEventRef {
  id: string;
  step: string;
  round: number;
}

export interface RunOutcome {
  id: string;
  label: Localized;
  /** The key metrics (see `keyMetrics`), by name. */
  metrics: Record<string, number>;
  scores: ScoreSummary;
  /** The main chart's data for this run (null when the case has no model chart). */
  series: Series | null;
  firedEvents: FiredEventRef[];
  path: string[];
}

export interface RunComparison {
  seed: number;
  params: Record<string, number>;
  /** Metric names in the case's order. */
  metrics: string[];
  /** The chart whose series each run carries, or null. */
  chart: string | null;
  runs: RunOutcome[];
  /** The run with the highest total that is not the learner's (first wins a tie); null when there is none. */
  bestAlternative: { id: string; label: Localized; total: number; grade: string; deltaToStudent: number | null } | null;
}

/** The strategy's decisions; throws a PlayError (code `no-strategy`) for an unknown id. */
export function strategyDecisions(p: PreparedScenario, id: string): DecisionEntry[] {
  const found = p.scenario.strategies?.find((st) => st.id === id);
  if (!found) throw new PlayError([{ code: 'no-strategy', params: { name: id, known: (p.scenario.strategies ?? []).map((st) => st.id).join(', ') || '—' } }]);
  return found.decisions;
}

/** Every strategy as a run, in the case's order. */
export function strategyRuns(p: PreparedScenario): RunSpec[] {
  return (p.scenario.strategies ?? []).map((st) => ({ id: st.id, label: st.label, decisions: st.decisions }));
}

/** The metrics scoring reads (directly in a term formula), in declaration order; all metrics when scoring reads none. */
export function keyMetrics(p: PreparedScenario): string[] {
  const declared = Object.keys(p.scenario.metrics ?? {});
  const used = new Set<string>();
  for (const d of p.scenario.scoring.dimensions) {
    for (const t of d.terms) if (typeof t.formula === 'string') for (const n of formulaNames(p.formula(t.formula))) used.add(n);
  }
  const scored = declared.filter((m) => used.has(m));
  return scored.length ? scored : declared;
}

/** The case's main chart: the first chart drawing a model line series, else the first model chart. */
export function mainChart(p: PreparedScenario): { id: string; series: string } | null {
  const charts = (p.scenario.charts ?? []).filter((c) => c.series !== undefined && p.model?.series[c.series] !== undefined);
  const lines = charts.find((c) => p.model!.series[c.series!] === 'lines');
  const chart = lines ?? charts[0];
  return chart ? { id: chart.id, series: chart.series! } : null;
}

function outcomeOf(spec: RunSpec, result: HeadlessResult, metrics: string[], seriesName: string | null): RunOutcome {
  const e: Evaluation = result.evaluation;
  return {
    id: spec.id,
    label: spec.label,
    metrics: Object.fromEntries(metrics.map((m) => [m, e.metrics[m] ?? 0])),
    scores: summarizeScores(e.scores),
    series: seriesName ? (e.model?.series[seriesName] ?? null) : null,
    firedEvents: firedEventRefs(result),
    path: result.path,
  };
}

/** `{id, step, round}` of each event fired in a headless run (empty before events exist in the case). */
export function firedEventRefs(result: HeadlessResult): FiredEventRef[] {
  return (result.firedEvents ?? []).map((f) => ({ id: f.id, step: f.step, round: f.round }));
}

export function compareRuns(
  p: PreparedScenario,
  runs: RunSpec[],
  options: { seed: number; params?: Record<string, number>; studentId?: string },
): RunComparison {
  const metrics = keyMetrics(p);
  const chart = mainChart(p);
  const played = runs.map((spec) => ({ spec, result: playDecisions(p, spec.decisions, { seed: options.seed, params: options.params }) }));
  const outcomes = played.map(({ spec, result }) => outcomeOf(spec, result, metrics, chart?.series ?? null));
  const studentId = options.studentId ?? STUDENT_RUN_ID;
  const student = outcomes.find((o) => o.id === studentId);
  let best: RunOutcome | null = null;
  for (const o of outcomes) if (o.id !== studentId && (best === null || o.scores.total > best.scores.total)) best = o;
  return {
    seed: options.seed,
    params: played[0]?.result.params ?? {},
    metrics,
    chart: chart?.id ?? null,
    runs: outcomes,
    bestAlternative: best && {
      id: best.id, label: best.label, total: best.scores.total, grade: best.scores.grade,
      deltaToStudent: student ? Math.round((best.scores.total - student.scores.total) * 10) / 10 : null,
    },
  };
}

/** The sandbox with its decision controls: the given decisions played headless, the rest at their defaults. */
export function evaluateWithDecisions(p: PreparedScenario, params: Record<string, number>, decisions: DecisionEntry[], seed: number): Evaluation {
  return playDecisions(p, decisions, { seed, params }).evaluation;
}
