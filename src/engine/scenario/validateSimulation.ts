// The validator's entry for the simulation fields (issue 13): strategies, events, costs,
// run-dependent answers, sensitivity ranges and {{name}} in texts. Kept apart from validate.ts.
import type { ScenarioIssueCode } from './messages.ts';
import type { SimulationModel } from '../models/types.ts';
import type { IssuePath, ScenarioIssue } from './issues.ts';
import type { Locator } from './locate.ts';
import type { Scenario } from './schema.ts';
import { checkStrategies } from './validateStrategies.ts';
import { checkEvents } from './validateEvents.ts';
import { checkAnswerKeys } from './validateAnswers.ts';
import { checkCosts } from './validateCosts.ts';
import { checkParameterFields } from './validateParameters.ts';
import { checkTextNames } from './validateTexts.ts';
import { scenarioNames } from './names.ts';
import type { LocatedPush } from './checkFormulaSite.ts';

export function validateSimulation(s: Scenario, model: SimulationModel | null, locator: Locator): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  // `index`: a character inside a formula, so the error points at it.
  const push: LocatedPush = (path, code, params, index) => issues.push({ code, params, path, ...locator.at(path, index) });
  const plain = (path: IssuePath, code: ScenarioIssueCode, params: Record<string, string | number> = {}) => push(path, code, params);
  checkStrategies(s, plain);
  checkParameterFields(s, plain);
  const names = scenarioNames(s, model);
  checkEvents(s, names, push);
  checkAnswerKeys(s, names, push);
  checkCosts(s, names, push);
  checkTextNames(s, push);
  return issues;
}
