// A valid scenario made ready to run: every formula parsed once (sliders re-evaluate
// them many times a second), the model looked up, the step graph built.
import { parseFormula, type Formula } from './expr/index.ts';
import { getModel } from './models/registry.ts';
import type { SimulationModel } from './models/types.ts';
import { buildGraph, type StepGraph } from './scenario/graph.ts';
import type { Scenario, Step } from './scenario/schema.ts';
import { own } from './own.ts';

export interface PreparedScenario {
  scenario: Scenario;
  model: SimulationModel | null;
  graph: StepGraph;
  steps: Map<string, Step>;
  /** A formula by its source text (numbers are formulas too). */
  formula(source: string | number): Formula;
}

export function prepareScenario(scenario: Scenario): PreparedScenario {
  const cache = new Map<string, Formula>();
  return {
    scenario,
    model: scenario.model ? getModel(scenario.model.type) : null,
    graph: buildGraph(scenario),
    steps: new Map(scenario.steps.map((s) => [s.id, s])),
    formula(source) {
      const text = String(source);
      let f = cache.get(text);
      if (!f) {
        const parsed = parseFormula(text);
        // loadScenario has already checked every formula; reaching this is a programming error.
        if (!parsed.ok) throw new Error(`formula not validated: ${text}`);
        f = parsed.formula;
        cache.set(text, f);
      }
      return f;
    },
  };
}

/** The scenario's parameter values with defaults for any not given. */
export function resolveParams(s: Scenario, given: Record<string, number> = {}): Record<string, number> {
  return Object.fromEntries(Object.entries(s.parameters ?? {}).map(([name, p]) => [name, own(given, name) ?? p.default]));
}
