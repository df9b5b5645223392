// Attempts saved by the player before the codec existed (test/fixtures/attempts, made by
// generate.ts there) open at the same step, with the same answers and the same scores.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeAttempt } from '../../../src/engine/attempt/index.ts';
import { createScenarioMachine } from '../../../src/engine/machine/compile.ts';
import { evaluateContext } from '../../../src/engine/machine/context.ts';
import { restoredActor } from '../../../src/engine/machine/restore.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { shipped } from './shipped.ts';

const dir = resolve(import.meta.dirname, '../../fixtures/attempts');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

test('there is a mid-case and a finished export for every shipped case', () => {
  const ids = readdirSync(resolve(import.meta.dirname, '../../../scenarios')).map((f) => f.replace(/\.yaml$/, ''));
  expect(files.sort()).toEqual(ids.flatMap((id) => [`${id}.finished.json`, `${id}.mid.json`]).sort());
});

describe.each(files)('%s', (file) => {
  const exported = JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
  const attempt = exported.attempts[0];
  const p = shipped(attempt.scenarioId);
  const legacy = attempt.snapshot;

  test('decodes from format 0 at the saved step with the saved answers', () => {
    const decoded = decodeAttempt(legacy, p);
    if (!decoded.ok) throw new Error(decoded.problem.code);
    expect(decoded.fromVersion).toBe(0);
    expect(decoded.notices).toEqual([]);
    expect(decoded.step).toBe(attempt.stepId);
    expect(decoded.context).toEqual(legacy.context);
    expect(decoded.saved).toMatchObject({ formatVersion: 1, step: legacy.value, answers: legacy.context.answers, seed: attempt.seed });
    if (attempt.status === 'finished') expect(decoded.scores).toEqual(attempt.scores);
    else expect(attempt.scores).toBeNull();
  });

  test('resumes in the machine where it was left; its re-encoding decodes to the same', () => {
    const decoded = decodeAttempt(legacy, p);
    if (!decoded.ok) throw new Error(decoded.problem.code);
    const machine = createScenarioMachine(p);
    const actor = restoredActor(machine, decoded).start();
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe(attempt.stepId);
    expect(snapshot.context).toEqual(legacy.context);
    expect(summarizeScores(evaluateContext(p, snapshot.context).scores)).toEqual(decoded.scores);
    actor.stop();
    const again = decodeAttempt(JSON.parse(JSON.stringify(decoded.saved)), p);
    expect(again.ok && again.fromVersion === 1 && again.context).toEqual(legacy.context);
  });
});
