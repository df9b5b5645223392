// The one place an attempt's numbers are computed: parameters and answers → state
// variables (option effects), model run, metrics, scores. The player, the sandbox, the
// CLI and the tests all call this, so they always agree.
import { evaluateFormula, type FormulaScope } from './expr/index.ts';
import { defaultEstimate, type Answers } from './answers.ts';
import type { PreparedScenario } from './prepared.ts';
import { createRandom } from './random.ts';
import type { ModelOutput } from './models/types.ts';
import { scoreRubric } from './scoring/score.ts';
import type { ScoreResult } from './scoring/types.ts';
import type { FiredEvent } from './caseEvents.ts';
import { choiceAccuracy } from './judge.ts';
import { applyCosts } from './costs.ts';

export interface RuntimeIssue {
  /** Where the formula stands, e.g. `metrics.roi.formula`. */
  where: string;
  code: string;
  params: Record<string, string | number>;
}

export interface Evaluation {
  /** Parameters and state variables after every effect. */
  vars: Record<string, number>;
  model: ModelOutput | null;
  metrics: Record<string, number>;
  scores: ScoreResult;
  /** Run-time formula problems (e.g. division by zero); the value used was 0. */
  issues: RuntimeIssue[];
  /** Reads any name a formula may use, for conditions evaluated after the fact. */
  scope: FormulaScope;
  /** The case events that fired (as given), so charts can mark them at their round. */
  fired: FiredEvent[];
}

export interface EvaluationInput {
  params: Record<string, number>;
  answers: Answers;
  seed: number;
  /** Case events that fired in this attempt, in order: their effects apply after the options'. */
  fired?: FiredEvent[];
  mode?: 'expected' | 'agent';
  /** Set while reading an option's formula key (judge.ts): accuracy() then ignores formula keys. */
  judging?: boolean;
}

function decisionValue(p: PreparedScenario, answers: Answers, name: string): number | undefined {
  const asStep = p.steps.get(name);
  if (asStep?.kind === 'estimate') return answers.estimates[name] ?? defaultEstimate(asStep);
  const dot = name.indexOf('.');
  if (dot < 0) return undefined;
  const stepId = name.slice(0, dot);
  const optionId = name.slice(dot + 1);
  const step = p.steps.get(stepId);
  if (step?.kind === 'choice') return answers.choices[stepId]?.includes(optionId) ? 1 : 0;
  if (step?.kind === 'allocate') {
    const rounds = answers.allocations[stepId] ?? [];
    if (rounds.length === 0) return step.default ? (step.default[optionId] ?? 0) : 1 / step.options.length;
    return rounds.reduce((a, r) => a + (r[optionId] ?? 0), 0) / rounds.length;
  }
  return undefined;
}

export function evaluate(p: PreparedScenario, input: EvaluationInput): Evaluation {
  const s = p.scenario;
  const issues: RuntimeIssue[] = [];
  const vars: Record<string, number> = {};
  for (const [name, param] of Object.entries(s.parameters ?? {})) vars[name] = input.params[name] ?? param.default;
  for (const [name, st] of Object.entries(s.state ?? {})) vars[name] = st.initial;
  const metrics: Record<string, number> = {};
  let model: ModelOutput | null = null;
  const scope: FormulaScope = {
    get(name) {
      if (Object.hasOwn(vars, name)) return vars[name];
      if (Object.hasOwn(metrics, name)) return metrics[name];
      if (name.startsWith('model.')) return model?.outputs[name.slice(6)];
      return decisionValue(p, input.answers, name);
    },
    accuracy: (stepId) => choiceAccuracy(p, input, stepId),
  };
  const run = (source: string | number, where: string): number => {
    const result = evaluateFormula(p.formula(source), scope);
    if (result.ok) return result.value;
    issues.push({ where, code: result.error.code, params: result.error.params ?? {} });
    return 0;
  };

  // Option effects, replayed in the order the steps were answered.
  for (const stepId of input.answers.order) {
    const step = p.steps.get(stepId);
    if (step?.kind !== 'choice') continue;
    const chosen = input.answers.choices[stepId] ?? [];
    for (const option of step.options) {
      if (!chosen.includes(option.id)) continue;
      for (const [name, f] of Object.entries(option.effects ?? {})) vars[name] = run(f, `steps.${stepId}.options.${option.id}.effects.${name}`);
    }
  }

  // Costs of the decisions, into costMoney / costTime (costs.ts).
  applyCosts(p, input.answers, vars, run);

  // Fired events' effects, in firing order, after every option effect.
  const fired = input.fired ?? [];
  for (const f of fired) {
    const i = (s.events ?? []).findIndex((e) => e.id === f.id);
    for (const [name, formula] of Object.entries(s.events?.[i]?.effects ?? {})) vars[name] = run(formula, `events.${i}.effects.${name}`);
  }

  if (p.model) {
    const modelVars: Record<string, number> = {};
    for (const v of p.model.variables) modelVars[v.name] = v.default;
    model = p.model.run({
      settings: { ...p.model.settings, ...(s.model?.settings ?? {}) },
      vars: { ...modelVars, ...vars },
      decisions: { choices: input.answers.choices, estimates: input.answers.estimates, allocations: input.answers.allocations },
      random: createRandom(input.seed),
      mode: input.mode ?? 'expected',
    });
  }

  for (const [name, metric] of Object.entries(s.metrics ?? {})) metrics[name] = run(metric.formula, `metrics.${name}.formula`);

  const termPoints = s.scoring.dimensions.map((d) =>
    d.terms.map((t, j) => run(t.formula, `scoring.dimensions.${d.id}.terms.${j}.formula`)),
  );
  return { vars, model, metrics, scores: scoreRubric(s.scoring, termPoints), issues, scope, fired };
}

/** The value of a formula (a `when:` condition, a round count) after an evaluation; 0 on error. */
export function valueAfter(p: PreparedScenario, evaluation: Evaluation, source: string | number): number {
  const result = evaluateFormula(p.formula(source), evaluation.scope);
  return result.ok ? result.value : 0;
}
