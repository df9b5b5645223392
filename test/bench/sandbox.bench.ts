// How long the sandbox's numbers take: one evaluation per slider step (budget: well inside a
// 16 ms frame, with the redraw) and one sensitivity sweep, for every valid scenarios/*.yaml
// and for each built-in model with all its variables as parameters. `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { prepareScenario, type PreparedScenario } from '../../src/engine/prepared.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { evaluateWithDefaults, sensitivity } from '../../src/engine/sensitivity.ts';
import { modelScenarios } from './modelScenarios.ts';

const SCENARIO_DIR = resolve(import.meta.dirname, '../../scenarios');

function prepared(name: string, text: string): PreparedScenario | null {
  const result = loadScenario(text);
  if (result.ok) return prepareScenario(result.scenario);
  console.warn(`bench: ${name} is not valid (${result.issues.length} problems); left out`);
  return null;
}

const cases = [
  ...readdirSync(SCENARIO_DIR)
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .sort()
    .map((file) => ({ name: file, p: prepared(file, readFileSync(resolve(SCENARIO_DIR, file), 'utf8')) })),
  ...modelScenarios().map(({ id, text }) => ({ name: `model ${id}, every variable a slider`, p: prepared(id, text) })),
].filter((c): c is { name: string; p: PreparedScenario } => c.p !== null);

/** Values a slider passes through in a drag from min to max, so no two runs are alike. */
function dragOf(p: PreparedScenario): () => Record<string, number> {
  const [name, param] = Object.entries(p.scenario.parameters ?? {})[0] ?? [];
  let step = 0;
  return () => {
    step = (step + 1) % 100;
    return name && param ? { [name]: param.min + ((param.max - param.min) * step) / 99 } : {};
  };
}

describe('evaluate() per slider step (mean ms must stay well under 16)', () => {
  for (const { name, p } of cases) {
    const next = dragOf(p);
    bench(name, () => {
      evaluateWithDefaults(p, { params: next(), seed: 1 });
    }, { time: 400 });
  }
});

describe('sensitivity sweep: 1 + 2 × parameters evaluations (runs in a Web Worker)', () => {
  for (const { name, p } of cases) {
    const metric = Object.keys(p.scenario.metrics ?? {})[0];
    if (!metric) continue;
    bench(`${name} (${Object.keys(p.scenario.parameters ?? {}).length} parameters, metric ${metric})`, () => {
      sensitivity(p, { params: {}, seed: 1, metric });
    }, { time: 400, iterations: 5 });
  }
});
