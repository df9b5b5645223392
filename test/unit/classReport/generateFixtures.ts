// Writes the class-report fixtures: three students' progress exports, made with the real
// engine (headless play of shipped cases) and the real store code (attempt records, export file).
// Run: npx tsx test/unit/classReport/generateFixtures.ts — then commit the JSON it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../../src/engine/machine/compile.ts';
import { evaluateContext } from '../../../src/engine/machine/context.ts';
import { playHeadless, type DecisionEntry } from '../../../src/engine/play.ts';
import { prepareScenario, type PreparedScenario } from '../../../src/engine/prepared.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { newAttempt, withEvent } from '../../../src/store/attempts.ts';
import { buildProgressFile, progressFileToJson } from '../../../src/store/exportFile.ts';
import type { Attempt, LearnerInfo } from '../../../src/store/types.ts';

const root = resolve(import.meta.dirname, '../../..');

function prepared(id: string): PreparedScenario {
  const loaded = loadScenario(readFileSync(resolve(root, 'scenarios', `${id}.yaml`), 'utf8'));
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.issues)}`);
  return prepareScenario(loaded.scenario);
}

interface PlaySpec {
  id: string;
  scenario: string;
  seed: number;
  decisions: DecisionEntry[];
  /** ISO time of the first event; each later event comes one minute after. */
  start: string;
  /** Keep only this many events (an attempt left unfinished). */
  stopAfter?: number;
}

/** Plays headlessly, then replays the events through an actor as the player would save them. */
function attemptOf(spec: PlaySpec): Attempt {
  const p = prepared(spec.scenario);
  const { events } = playHeadless(p, { seed: spec.seed, decisions: spec.decisions });
  const actor = createActor(createScenarioMachine(p), { input: { seed: spec.seed } }).start();
  const at = (n: number) => new Date(Date.parse(spec.start) + n * 60_000).toISOString();
  let attempt = newAttempt(
    { scenarioId: p.scenario.id, scenarioVersion: p.scenario.version, seed: spec.seed, snapshot: actor.getPersistedSnapshot(), stepId: String(actor.getSnapshot().value) },
    spec.id,
    at(0),
  );
  events.slice(0, spec.stopAfter ?? events.length).forEach((event, i) => {
    actor.send(event);
    const after = actor.getSnapshot();
    const finished = after.context.finished;
    attempt = withEvent(
      attempt,
      event,
      {
        snapshot: actor.getPersistedSnapshot(),
        stepId: String(after.value),
        finished,
        ...(finished ? { scores: summarizeScores(evaluateContext(p, after.context).scores) } : {}),
      },
      at(i + 1),
    );
  });
  actor.stop();
  return attempt;
}

const coffee = (design: string, why: string[], freeCups: number | null, rounds: [number, number][]): DecisionEntry[] => [
  { step: 'design', choose: design },
  ...(freeCups === null ? [] : [{ step: 'freeCups', estimate: freeCups }]),
  { step: 'why', choose: why },
  ...rounds.map(([card, service]) => ({ step: 'budget', allocate: { card, service } })),
];
const vanity = (respond: string, portfolio: Record<string, number>, kinds: string[]): DecisionEntry[] => [
  { step: 'respond', choose: respond },
  { step: 'portfolio', allocate: portfolio },
  { step: 'kinds', choose: kinds },
];

const STUDENTS: { file: string; learner: LearnerInfo; exportedAt: string; plays: PlaySpec[] }[] = [
  {
    file: 'alice.json',
    learner: { name: 'Alice Wang', classCode: 'CRM-1' },
    exportedAt: '2025-04-02T12:00:00.000Z',
    plays: [
      { id: 'a1000000-0000-4000-8000-000000000001', scenario: 'coffee-card-example', seed: 1, start: '2025-04-01T09:00:00.000Z',
        decisions: coffee('stamp', ['behaviour', 'best', 'data'], 230, [[0.5, 0.5], [0.3, 0.7]]) },
      { id: 'a1000000-0000-4000-8000-000000000002', scenario: 'coffee-card-example', seed: 2, start: '2025-04-01T10:00:00.000Z',
        decisions: coffee('expiring', ['behaviour', 'trap'], 100, [[1, 0], [1, 0]]) },
      { id: 'a1000000-0000-4000-8000-000000000003', scenario: 'vanity-number-penalty', seed: 0, start: '2025-04-01T11:00:00.000Z',
        decisions: vanity('waive-and-compete', { procedural: 0, financial: 0.1, relational: 0.4, value: 0.5 }, ['penalty-financial', 'paperwork-procedural', 'manager-relational', 'copy-relational']) },
    ],
  },
  {
    file: 'li-bo.json',
    learner: { name: '李博', classCode: 'CRM-1' },
    exportedAt: '2025-04-02T12:30:00.000Z',
    plays: [
      { id: 'b2000000-0000-4000-8000-000000000001', scenario: 'coffee-card-example', seed: 3, start: '2025-04-01T09:05:00.000Z',
        decisions: coffee('discount', ['behaviour', 'everyone'], 500, [[0.6, 0.4], [0.6, 0.4]]) },
      // Answered the first decision, then stopped: started, not finished.
      { id: 'b2000000-0000-4000-8000-000000000002', scenario: 'vanity-number-penalty', seed: 0, start: '2025-04-01T11:10:00.000Z',
        decisions: vanity('enforce-penalty', { procedural: 0.25, financial: 0.25, relational: 0.25, value: 0.25 }, ['penalty-financial']), stopAfter: 3 },
    ],
  },
  {
    file: 'student-3.json',
    learner: { classCode: 'CRM-1' },
    exportedAt: '2025-04-02T13:00:00.000Z',
    plays: [
      { id: 'c3000000-0000-4000-8000-000000000001', scenario: 'coffee-card-example', seed: 4, start: '2025-04-01T09:10:00.000Z',
        decisions: coffee('none', ['behaviour', 'best'], null, [[0.2, 0.8], [0.2, 0.8]]) },
      // Chose a response and split the budget, then stopped before the last question.
      { id: 'c3000000-0000-4000-8000-000000000002', scenario: 'vanity-number-penalty', seed: 0, start: '2025-04-01T11:20:00.000Z',
        decisions: vanity('partial-waiver', { procedural: 0.1, financial: 0.2, relational: 0.3, value: 0.4 }, ['penalty-financial']), stopAfter: 5 },
    ],
  },
];

for (const student of STUDENTS) {
  const attempts = student.plays.map(attemptOf);
  const file = buildProgressFile(attempts, student.learner, new Date(student.exportedAt));
  writeFileSync(resolve(import.meta.dirname, 'fixtures', student.file), progressFileToJson(file));
  const summary = attempts.map((a) => `${a.scenarioId} ${a.status} ${JSON.stringify(a.scores)} step=${a.stepId}`);
  console.log(student.file, '\n  ' + summary.join('\n  '));
}
