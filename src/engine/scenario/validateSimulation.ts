// The validator's entry for the simulation fields (issue 13): strategies, events, costs,
// run-dependent answers, sensitivity ranges and {{name}} in texts. Kept apart from validate.ts.
import type { SimulationModel } from '../models/types.ts';
import type { ScenarioIssue } from './issues.ts';
import type { Locator } from './locate.ts';
import type { Scenario } from './schema.ts';
import { checkStrategies } from './validateStrategies.ts';
import { checkEvents } from './validateEvents.ts';
import { checkAnswerKeys } from './validateAnswers.ts';
import { scenarioNames } from './names.ts';
import type { LocatedPush } from './checkFormulaSite.ts';

export function validateSimulation(s: Scenario, model: SimulationModel | null, locator: Locator): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  // `index`: a character inside a formula, so the error points at it.
  const push: LocatedPush = (path, code, params, index) => issues.push({ code, params, path, ...locator.at(path, index) });
  checkStrategies(s, (path, code, params = {}) => push(path, code, params));
  const names = scenarioNames(s, model);
  checkEvents(s, names, push);
  checkAnswerKeys(s, names, push);
  return issues;
}
