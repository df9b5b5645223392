// Which parameters a learner may see and move: one definition for the player, the sandbox
// page, the machine's guard and the attempt codec. A hidden parameter stays out of sight
// until the debrief reveals it.
import type { Parameter, Scenario, Step } from './scenario/schema.ts';

export function isHiddenParam(param: Parameter): boolean {
  return param.hidden === true;
}

/** The names among `names` (all the scenario's parameters by default) that are not hidden, in order. */
export function visibleParams(scenario: Scenario, names: readonly string[] = Object.keys(scenario.parameters ?? {})): string[] {
  const parameters = scenario.parameters ?? {};
  return names.filter((name) => Object.hasOwn(parameters, name) && !isHiddenParam(parameters[name]!));
}

/** The parameters a sandbox step lets the learner move (none at other steps). */
export function settableParams(scenario: Scenario, step: Step): string[] {
  return step.kind === 'sandbox' ? visibleParams(scenario, step.params) : [];
}

/** Whether `value` may be set for `name` at `step`: settable there and within the parameter's range. */
export function isSettableValue(scenario: Scenario, step: Step, name: string, value: unknown): boolean {
  const param = scenario.parameters?.[name];
  return !!param && settableParams(scenario, step).includes(name) &&
    typeof value === 'number' && Number.isFinite(value) && value >= param.min && value <= param.max;
}

/** The hidden parameters' names, in the scenario's order (the debrief reveals them). */
export function hiddenParams(scenario: Scenario): string[] {
  return Object.entries(scenario.parameters ?? {}).filter(([, param]) => isHiddenParam(param)).map(([name]) => name);
}
