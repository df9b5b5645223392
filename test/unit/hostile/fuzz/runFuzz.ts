// Runs a range of the fuzz test's mutated case files through the engine in-process: each is
// accepted or refused without throwing in under 2 s, and each accepted one plays headless
// to a finished score in 0–100 with no run-time issue and nothing printed.
import { vi } from 'vitest';
import { loadScenario } from '../../../../src/engine/scenario/load.ts';
import { prepareScenario } from '../../../../src/engine/prepared.ts';
import { playHeadless } from '../../../../src/engine/play.ts';
import { summarizeScores } from '../../../../src/engine/scoring/types.ts';
import { mutant, shippedCases } from './mutate.ts';

/** Files in the whole fuzz run, split evenly over the fuzz.*.test.ts files. */
export const FUZZ_FILES = 10_000;
export const FUZZ_PARTS = 4;
export const MAX_VALIDATE_MS = 2000;

export interface FuzzOutcome {
  files: number;
  accepted: number;
  slowestMs: number;
  failures: string[];
}

export function runFuzzPart(part: number): FuzzOutcome {
  const bases = shippedCases();
  const size = FUZZ_FILES / FUZZ_PARTS;
  const outcome: FuzzOutcome = { files: 0, accepted: 0, slowestMs: 0, failures: [] };
  const printed: string[] = [];
  const spies = [
    vi.spyOn(process, 'emitWarning').mockImplementation((w) => void printed.push(`emitWarning: ${String(w)}`)),
    vi.spyOn(console, 'warn').mockImplementation((...a) => void printed.push(`console.warn: ${a.join(' ')}`)),
    vi.spyOn(console, 'error').mockImplementation((...a) => void printed.push(`console.error: ${a.join(' ')}`)),
    vi.spyOn(console, 'log').mockImplementation((...a) => void printed.push(`console.log: ${a.join(' ')}`)),
  ];
  try {
    for (let index = part * size; index < (part + 1) * size; index += 1) {
      const m = mutant(bases, index);
      const at = `#${index} (${m.kind} of ${m.base})`;
      const fail = (why: string) => outcome.failures.push(`${at}: ${why}`);
      outcome.files += 1;
      printed.length = 0;
      const started = performance.now();
      let loaded: ReturnType<typeof loadScenario>;
      try {
        loaded = loadScenario(m.text);
      } catch (error) {
        fail(`validate threw ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
        continue;
      }
      const ms = performance.now() - started;
      outcome.slowestMs = Math.max(outcome.slowestMs, ms);
      if (ms > MAX_VALIDATE_MS) fail(`validate took ${Math.round(ms)} ms`);
      if (loaded.ok) {
        outcome.accepted += 1;
        try {
          const result = playHeadless(prepareScenario(loaded.scenario), { seed: index });
          const { total } = summarizeScores(result.evaluation.scores);
          if (!(total >= 0 && total <= 100)) fail(`total ${total}`);
          if (result.evaluation.issues.length > 0) fail(`run-time issues ${JSON.stringify(result.evaluation.issues.slice(0, 3))}`);
        } catch (error) {
          fail(`play threw ${(error as Error).message.slice(0, 200)}`);
        }
      } else if (loaded.issues.length === 0) fail('refused without a reason');
      if (printed.length > 0) fail(`printed ${printed.slice(0, 2).join(' / ')}`);
    }
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return outcome;
}
