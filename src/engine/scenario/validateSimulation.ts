// The validator's entry for the simulation fields (issue 13): strategies, events, costs,
// run-dependent answers, sensitivity ranges and {{name}} in texts. Kept apart from validate.ts.
import type { SimulationModel } from '../models/types.ts';
import type { IssuePath } from './issues.ts';
import type { Locator } from './locate.ts';
import type { Scenario } from './schema.ts';
import { checkStrategies } from './validateStrategies.ts';

type Push = (path: IssuePath, code: string, params?: Record<string, string | number>) => void;

export function validateSimulation(s: Scenario, _model: SimulationModel | null, push: Push, _locator: Locator) {
  checkStrategies(s, push);
}
