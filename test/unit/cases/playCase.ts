// Shared by the chapter-8 case tests (issue 16): load a shipped scenario once and play it headless
// with decisions and parameters, as `lab play` does, returning its metrics and dimension scores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { playHeadless, type DecisionEntry } from '../../../src/engine/play.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';

export const root = join(import.meta.dirname, '../../..');

export function loadCase(file: string) {
  const loaded = loadScenario(readFileSync(join(root, file), 'utf8'));
  if (!loaded.ok) throw new Error(`${file} is invalid: ${JSON.stringify(loaded.issues)}`);
  const prepared = prepareScenario(loaded.scenario);
  const play = (run: { params?: Record<string, number>; decisions?: DecisionEntry[]; seed?: number } = {}) => {
    const result = playHeadless(prepared, { seed: run.seed ?? 1, params: run.params, decisions: run.decisions });
    const scores = summarizeScores(result.evaluation.scores);
    return {
      metrics: result.evaluation.metrics, scores: scores.dimensions, total: scores.total, grade: scores.grade,
      path: result.path, issues: result.evaluation.issues, events: result.firedEvents ?? [], params: result.params, evaluation: result.evaluation,
    };
  };
  return { scenario: loaded.scenario, prepared, play };
}
