// The sandbox's numbers with no learner (every decision at its step default), and the
// sensitivity sweep: how far one metric moves over each parameter's plausible range and each decision's options.
import { completeAllocation, emptyAnswers, withDefaults, type Answers } from './answers.ts';
import type { Parameter } from './scenario/schema.ts';
import { evaluate, valueAfter, type Evaluation } from './evaluate.ts';
import { resolveParams, type PreparedScenario } from './prepared.ts';

export interface SandboxInput {
  /** Parameter values; missing ones take their defaults. */
  params: Record<string, number>;
  seed: number;
}

/**
 * The answers the sandbox stands in for a learner: every decision step at its default,
 * allocate steps with as many rounds as their `rounds` formula gives for these parameters.
 */
export function sandboxAnswers(p: PreparedScenario, { params, seed }: SandboxInput): Answers {
  const full = resolveParams(p.scenario, params);
  // A round count may be a formula over parameters; it is read before any decision, as the
  // player reads it when the step opens. Plain numbers need no extra evaluation.
  let beforeDecisions: Evaluation | null = null;
  const rounds = (stepId: string): number => {
    const step = p.steps.get(stepId);
    if (step?.kind !== 'allocate' || step.rounds === undefined) return 1;
    if (typeof step.rounds === 'number') return Math.max(1, Math.round(step.rounds));
    beforeDecisions ??= evaluate(p, { params: full, answers: emptyAnswers(), seed });
    return Math.max(1, Math.round(valueAfter(p, beforeDecisions, step.rounds)));
  };
  return withDefaults(p.scenario, emptyAnswers(), rounds);
}

/** The scenario evaluated as the sandbox shows it: given parameters, every decision at its default. */
export function evaluateWithDefaults(p: PreparedScenario, input: SandboxInput): Evaluation {
  const params = resolveParams(p.scenario, input.params);
  return evaluate(p, { params, answers: sandboxAnswers(p, input), seed: input.seed });
}

export interface SensitivityBar {
  /** The parameter's name. */
  name: string;
  /** The ends of the sweep: the parameter's plausible range (see plausibleRange). */
  low: number;
  high: number;
  /** The metric with this parameter at `low` / at `high`, the others as given. */
  lowValue: number;
  highValue: number;
  /** |highValue − lowValue|. */
  swing: number;
}

/** A decision step swept over its options (each alone; an allocate option with the whole budget). */
export interface DecisionSensitivity {
  step: string;
  kind: 'choice' | 'allocate';
  /** The metric with each option, the other decisions at their defaults. */
  options: { id: string; value: number }[];
  /** The options giving the lowest and the highest value (first in the case's order on a tie). */
  low: string;
  high: string;
  lowValue: number;
  highValue: number;
  swing: number;
}

export interface SensitivityResult {
  metric: string;
  /** The metric with the parameters as given. */
  base: number;
  /** One bar per swept parameter, the largest swing first (ties keep the scenario's order). */
  bars: SensitivityBar[];
  /** One entry per choice or allocate step, the largest swing first. */
  decisions: DecisionSensitivity[];
}

const DEFAULT_SPREAD = 0.2;

/**
 * The range a parameter is swept over: its `plausible` range, else the default ±20 % (of the
 * default; of the min..max span when the default is 0) within min..max. A switch sweeps 0..1.
 */
export function plausibleRange(param: Parameter): [number, number] {
  if (param.plausible) return param.plausible;
  if (param.switch === true) return [param.min, param.max];
  const spread = param.default !== 0 ? Math.abs(param.default) * DEFAULT_SPREAD : (param.max - param.min) * DEFAULT_SPREAD;
  return [Math.max(param.min, param.default - spread), Math.min(param.max, param.default + spread)];
}

/**
 * Parameters worth sweeping: not display-only, and not hidden (a hidden value stays hidden)
 * unless `includeHidden` (a sandbox that reveals them, after the debrief).
 */
export function sweptParameters(p: PreparedScenario, includeHidden = false): [string, Parameter][] {
  return Object.entries(p.scenario.parameters ?? {}).filter(([, param]) => param.display !== true && (includeHidden || param.hidden !== true));
}

/** Larger swing first; swings equal but for rounding noise keep the case's order. */
function bySwing<T extends { swing: number }>(a: { bar: T; order: number }, b: { bar: T; order: number }): number {
  const diff = b.bar.swing - a.bar.swing;
  const noise = 1e-9 * Math.max(1, Math.abs(a.bar.swing), Math.abs(b.bar.swing));
  return Math.abs(diff) <= noise ? a.order - b.order : diff;
}

function decisionSweeps(p: PreparedScenario, params: Record<string, number>, seed: number, metric: string): DecisionSensitivity[] {
  const base = sandboxAnswers(p, { params, seed });
  const sweeps: DecisionSensitivity[] = [];
  for (const step of p.scenario.steps) {
    if (step.kind !== 'choice' && step.kind !== 'allocate') continue;
    const options = step.options.map((o) => {
      const answers: Answers = step.kind === 'choice'
        ? { ...base, choices: { ...base.choices, [step.id]: [o.id] } }
        : { ...base, allocations: { ...base.allocations, [step.id]: (base.allocations[step.id] ?? [{}]).map(() => completeAllocation(step, { [o.id]: 1 })) } };
      return { id: o.id, value: evaluate(p, { params, answers, seed }).metrics[metric] ?? 0 };
    });
    let low = options[0]!;
    let high = options[0]!;
    for (const o of options) {
      if (o.value < low.value) low = o;
      if (o.value > high.value) high = o;
    }
    sweeps.push({ step: step.id, kind: step.kind, options, low: low.id, high: high.id, lowValue: low.value, highValue: high.value, swing: high.value - low.value });
  }
  return sweeps.map((bar, order) => ({ bar, order })).sort(bySwing).map((x) => x.bar);
}

/**
 * 1 + 2 × (swept parameters) + (options of all decision steps) evaluations; benchmarked in
 * test/bench/sandbox.bench.ts.
 */
export function sensitivity(
  p: PreparedScenario,
  { params, seed, metric, includeHidden = false }: SandboxInput & { metric: string; includeHidden?: boolean },
): SensitivityResult {
  const current = resolveParams(p.scenario, params);
  const metricAt = (values: Record<string, number>): number => evaluateWithDefaults(p, { params: values, seed }).metrics[metric] ?? 0;
  const bars = sweptParameters(p, includeHidden).map(([name, param], order) => {
    const [low, high] = plausibleRange(param);
    const lowValue = metricAt({ ...current, [name]: low });
    const highValue = metricAt({ ...current, [name]: high });
    return { order, bar: { name, low, high, lowValue, highValue, swing: Math.abs(highValue - lowValue) } };
  });
  bars.sort(bySwing);
  return { metric, base: metricAt(current), bars: bars.map((b) => b.bar), decisions: decisionSweeps(p, current, seed, metric) };
}
