// The names a scenario's formulas may use, and what each one is. Shared by the
// validator (load-time checks) and the evaluator (run-time scope), so they never disagree.
import type { Scenario } from './schema.ts';
import type { SimulationModel } from '../models/types.ts';
import { NAME_PATTERN } from './schema.ts';
import { COST_NAMES, hasCosts } from '../costs.ts';

export type NameKind = 'parameter' | 'state' | 'metric' | 'estimate' | 'allocation' | 'choice' | 'model';

/** Every name a formula can read, with its kind. Metrics are listed in declaration order. */
export function scenarioNames(scenario: Scenario, model: SimulationModel | null): Map<string, NameKind> {
  const names = new Map<string, NameKind>();
  for (const name of Object.keys(scenario.parameters ?? {})) names.set(name, 'parameter');
  for (const name of Object.keys(scenario.state ?? {})) names.set(name, 'state');
  // Options with a `cost` add into these two state variables (costs.ts), declared or not.
  if (hasCosts(scenario)) for (const name of Object.values(COST_NAMES)) names.set(name, 'state');
  for (const step of scenario.steps) {
    if (step.kind === 'estimate') names.set(step.id, 'estimate');
    if (step.kind === 'allocate') for (const o of step.options) names.set(`${step.id}.${o.id}`, 'allocation');
    if (step.kind === 'choice') {
      for (const o of step.options) if (NAME_PATTERN.test(o.id)) names.set(`${step.id}.${o.id}`, 'choice');
    }
  }
  for (const name of Object.keys(scenario.metrics ?? {})) names.set(name, 'metric');
  for (const output of model?.outputs ?? []) names.set(`model.${output}`, 'model');
  return names;
}
