// The sandbox's numbers with no learner (every decision at its step default), and the
// sensitivity sweep: how far one metric moves when each parameter goes to its min and max.
import { emptyAnswers, withDefaults, type Answers } from './answers.ts';
import { evaluate, valueAfter, type Evaluation } from './evaluate.ts';
import { roundCount } from './scenario/checkRounds.ts';
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
    if (typeof step.rounds === 'number') return roundCount(step.rounds);
    beforeDecisions ??= evaluate(p, { params: full, answers: emptyAnswers(), seed });
    return roundCount(valueAfter(p, beforeDecisions, step.rounds));
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
  /** The parameter's own min and max. */
  low: number;
  high: number;
  /** The metric with this parameter at its min / at its max, the others as given. */
  lowValue: number;
  highValue: number;
  /** |highValue − lowValue|. */
  swing: number;
}

export interface SensitivityResult {
  metric: string;
  /** The metric with the parameters as given. */
  base: number;
  /** One bar per parameter, the largest swing first (ties keep the scenario's order). */
  bars: SensitivityBar[];
}

/** 1 + 2 × (number of parameters) evaluations; benchmarked in test/bench/sandbox.bench.ts. */
export function sensitivity(p: PreparedScenario, { params, seed, metric }: SandboxInput & { metric: string }): SensitivityResult {
  const current = resolveParams(p.scenario, params);
  const metricAt = (values: Record<string, number>): number => evaluateWithDefaults(p, { params: values, seed }).metrics[metric] ?? 0;
  const bars = Object.entries(p.scenario.parameters ?? {}).map(([name, param], order) => {
    const lowValue = metricAt({ ...current, [name]: param.min });
    const highValue = metricAt({ ...current, [name]: param.max });
    return { order, bar: { name, low: param.min, high: param.max, lowValue, highValue, swing: Math.abs(highValue - lowValue) } };
  });
  bars.sort((a, b) => b.bar.swing - a.bar.swing || a.order - b.order);
  return { metric, base: metricAt(current), bars: bars.map((b) => b.bar) };
}
