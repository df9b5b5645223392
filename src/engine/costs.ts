// Costs of decisions (`cost: {money, time}` on choice and allocate options): added into the
// state variables `costMoney` and `costTime`, and shown to the learner before committing.
import { own } from './own.ts';
import type { Answers } from './answers.ts';
import { evaluate, type EvaluationInput } from './evaluate.ts';
import { evaluateFormula, type FormulaScope } from './expr/index.ts';
import type { PreparedScenario } from './prepared.ts';
import type { Cost, Scenario } from './scenario/schema.ts';

/** The state variables costs add into; formulas (metrics, scoring) read them by these names. */
export const COST_NAMES = { money: 'costMoney', time: 'costTime' } as const;
export type CostKind = keyof typeof COST_NAMES;
export interface CostValue { money: number; time: number }

/** Whether any option of the case carries a cost (then `costMoney` and `costTime` exist). */
export function hasCosts(s: Scenario): boolean {
  return s.steps.some((st) => (st.kind === 'choice' || st.kind === 'allocate') && st.options.some((o) => o.cost !== undefined));
}

type Run = (source: string | number, where: string) => number;

function costOf(cost: Cost | undefined, run: Run, where: string): CostValue {
  return {
    money: cost?.money === undefined ? 0 : run(cost.money, `${where}.cost.money`),
    time: cost?.time === undefined ? 0 : run(cost.time, `${where}.cost.time`),
  };
}

/**
 * Adds every answered decision's cost into `vars` (in answer order, after the option effects):
 * chosen options' costs, and for each allocate round Σ share × the option's cost.
 */
export function applyCosts(p: PreparedScenario, answers: Answers, vars: Record<string, number>, run: Run): void {
  if (!hasCosts(p.scenario)) return;
  for (const kind of ['money', 'time'] as const) vars[COST_NAMES[kind]] ??= 0;
  const add = (c: CostValue, share = 1) => {
    vars[COST_NAMES.money] = vars[COST_NAMES.money]! + share * c.money;
    vars[COST_NAMES.time] = vars[COST_NAMES.time]! + share * c.time;
  };
  for (const stepId of answers.order) {
    const step = p.steps.get(stepId);
    if (step?.kind === 'choice') {
      const chosen = own(answers.choices, stepId) ?? [];
      step.options.forEach((o, j) => chosen.includes(o.id) && o.cost && add(costOf(o.cost, run, `steps.${stepId}.options.${j}`)));
    } else if (step?.kind === 'allocate') {
      for (const round of own(answers.allocations, stepId) ?? []) {
        step.options.forEach((o, j) => o.cost && add(costOf(o.cost, run, `steps.${stepId}.options.${j}`), round[o.id] ?? 0));
      }
    }
  }
}

function scopeRun(p: PreparedScenario, scope: FormulaScope): Run {
  return (source) => {
    const r = evaluateFormula(p.formula(source), scope);
    return r.ok ? r.value : 0;
  };
}

/** Each option's cost at the attempt's current state, for showing before the learner commits. */
export function optionCosts(p: PreparedScenario, input: EvaluationInput, stepId: string): Record<string, CostValue> {
  const step = p.steps.get(stepId);
  if (step?.kind !== 'choice' && step?.kind !== 'allocate') return {};
  const run = scopeRun(p, evaluate(p, input).scope);
  return Object.fromEntries(step.options.map((o, j) => [o.id, costOf(o.cost, run, `steps.${stepId}.options.${j}`)]));
}

/** What one round of this allocation would cost (Σ share × option cost) at the current state. */
export function allocationCost(p: PreparedScenario, input: EvaluationInput, stepId: string, allocation: Record<string, number>): CostValue {
  const costs = optionCosts(p, input, stepId);
  let money = 0;
  let time = 0;
  for (const [id, c] of Object.entries(costs)) {
    money += (own(allocation, id) ?? 0) * c.money;
    time += (own(allocation, id) ?? 0) * c.time;
  }
  return { money, time };
}
