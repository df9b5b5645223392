// The bound on an allocate step's rounds: a number must be at most MAX_ROUNDS, and a formula
// must stay within it with every parameter at its default, its minimum and its maximum.
// Runs on a scenario that has passed every other check (its formulas all parse).
import { emptyAnswers } from '../answers.ts';
import { evaluate, valueAfter } from '../evaluate.ts';
import { prepareScenario } from '../prepared.ts';
import type { ScenarioIssue } from './issues.ts';
import { MAX_ROUNDS } from './limits.ts';
import type { Locator } from './locate.ts';
import type { Scenario } from './schema.ts';

export function checkRounds(s: Scenario, locator: Locator): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const steps = s.steps.flatMap((step, i) => (step.kind === 'allocate' && step.rounds !== undefined ? [{ rounds: step.rounds, i }] : []));
  if (steps.length === 0) return issues;
  const p = prepareScenario(s);
  const parameters = Object.entries(s.parameters ?? {});
  const settings = [
    Object.fromEntries(parameters.map(([name, param]) => [name, param.default])),
    Object.fromEntries(parameters.map(([name, param]) => [name, param.min])),
    Object.fromEntries(parameters.map(([name, param]) => [name, param.max])),
  ];
  const evaluations = typeof steps.find((st) => typeof st.rounds === 'string') === 'undefined'
    ? [] : settings.map((params) => evaluate(p, { params, answers: emptyAnswers(), seed: 1 }));
  for (const { rounds, i } of steps) {
    const values = typeof rounds === 'number' ? [rounds] : evaluations.map((e) => valueAfter(p, e, rounds));
    const worst = values.find((v) => !Number.isFinite(v)) ?? Math.max(...values);
    if (!Number.isFinite(worst) || Math.round(worst) > MAX_ROUNDS) {
      const path = ['steps', i, 'rounds'];
      issues.push({ code: 'rounds-too-many', params: { value: Number.isFinite(worst) ? Math.round(worst) : String(worst), max: MAX_ROUNDS }, path, ...locator.at(path) });
    }
  }
  return issues;
}

/** The rounds an allocate step plays for a formula's value: whole, at least 1, at most MAX_ROUNDS. */
export function roundCount(value: number): number {
  return Number.isFinite(value) ? Math.min(MAX_ROUNDS, Math.max(1, Math.round(value))) : 1;
}
