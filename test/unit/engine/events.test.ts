// Case events: when they fire (entering steps, after allocate rounds), their effects, the
// seeded chance (same seed ⇒ same events), and the validator's located errors.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import { formatIssue } from '../../../src/engine/scenario/issues.ts';
import { prepareScenario } from '../../../src/engine/prepared.ts';
import { playDecisions } from '../../../src/engine/play.ts';
import { eventDraw, eventMarkers } from '../../../src/engine/caseEvents.ts';
import { MINIMAL } from './fixtures.ts';
import { decodeAttempt, encodeAttempt } from '../../../src/engine/attempt/index.ts';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../../src/engine/machine/compile.ts';
import { evaluateContext } from '../../../src/engine/machine/context.ts';

/** MINIMAL with a three-round allocate step before the debrief, and the given events. */
function withEvents(events: string): string {
  return MINIMAL.replace('  - id: end\n', `  - id: split
    kind: allocate
    title: { zh-CN: 分配, en: Split }
    rounds: 3
    options:
      - { id: a, label: { zh-CN: 甲, en: A } }
      - { id: b, label: { zh-CN: 乙, en: B } }
  - id: end
`) + `events:\n${events}`;
}
function prepared(text: string) {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => formatIssue('f', i, 'en')).join('\n'));
  return prepareScenario(loaded.scenario);
}
const issuesOf = (text: string) => {
  const r = loadScenario(text);
  return r.ok ? [] : r.issues.map((i) => formatIssue('f', i, 'en'));
};

const EVENTS = `  - id: always
    when: 1
    chance: 1
    title: { zh-CN: 开张, en: Opening }
  - id: never
    when: round >= 1
    chance: 0
    title: { zh-CN: 不会, en: Never }
  - id: late
    when: round >= 2
    title: { zh-CN: 对手, en: Rival }
    effects: { kept: kept + 2 }
`;

describe('events in play', () => {
  const p = prepared(withEvents(EVENTS));

  it('fires on entering a step and after allocate rounds, once each, with effects after the options', () => {
    const r = playDecisions(p, [{ step: 'pick', choose: 'drop' }], { seed: 1 });
    expect(r.path).toEqual(['intro', 'pick', 'guess', 'split', 'end']);
    // `always` holds at the first step (no round played); `late` after the second of three rounds.
    expect(r.firedEvents).toEqual([{ id: 'always', step: 'intro', round: 0 }, { id: 'late', step: 'split', round: 2 }]);
    // drop: kept 0; late: kept 0 + 2 = 2 → revenue 10·(1 + 2) = 30.
    expect(r.evaluation.metrics.revenue).toBe(30);
    expect(r.evaluation.fired).toEqual(r.firedEvents);
    // keep: kept 1, then late: 1 + 2 = 3 → 40.
    expect(playDecisions(p, [{ step: 'pick', choose: 'keep' }], { seed: 1 }).evaluation.metrics.revenue).toBe(40);
  });

  it('gives charts the round and title of each fired event', () => {
    const r = playDecisions(p, [], { seed: 1 });
    expect(eventMarkers(p, r.firedEvents).map((m) => [m.id, m.round, m.title.en])).toEqual([['always', 0, 'Opening'], ['late', 2, 'Rival']]);
  });

  it('draws a chance from its own seeded stream: same seed, same events; both outcomes over seeds', () => {
    const q = prepared(withEvents(`  - id: coin\n    when: round >= 1\n    chance: 0.5\n    title: { zh-CN: 硬币, en: Coin }\n`));
    const firedAt = (seed: number) => playDecisions(q, [], { seed }).firedEvents;
    const outcomes = Array.from({ length: 12 }, (_, seed) => firedAt(seed));
    expect(Array.from({ length: 12 }, (_, seed) => firedAt(seed))).toEqual(outcomes);
    // Checked after rounds 1, 2, 3 and on entering the debrief (round 3): it fires at the
    // first check whose draw is below 0.5.
    outcomes.forEach((fired, seed) => {
      const checks: [string, number][] = [['split', 1], ['split', 2], ['split', 3], ['end', 3]];
      const first = checks.find(([step, round]) => eventDraw(seed, 'coin', step, round) < 0.5);
      expect(fired).toEqual(first ? [{ id: 'coin', step: first[0], round: first[1] }] : []);
    });
    expect(new Set(outcomes.map((f) => f[0]?.round ?? 'none')).size).toBeGreaterThan(1);
  });
});

describe('events in the machine', () => {
  it('keeps fired events in the context: once each across BACK, cleared by RESET', () => {
    const p = prepared(withEvents(EVENTS));
    const actor = createActor(createScenarioMachine(p), { input: { seed: 1 } }).start();
    expect(actor.getSnapshot().context.fired).toEqual([{ id: 'always', step: 'intro', round: 0 }]);
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().context.fired.map((f) => f.id)).toEqual(['always']);
    actor.send({ type: 'CHOOSE', option: 'drop' });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SUBMIT', value: 5 });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SUBMIT', allocation: { a: 1 } });
    actor.send({ type: 'NEXT_ROUND' });
    actor.send({ type: 'SUBMIT', allocation: { a: 1 } });
    const c = actor.getSnapshot().context;
    expect(c.fired).toEqual([{ id: 'always', step: 'intro', round: 0 }, { id: 'late', step: 'split', round: 2 }]);
    // The player's numbers include the event's effect: kept 0 + 2 → revenue 30.
    expect(evaluateContext(p, c).metrics.revenue).toBe(30);
    // A saved attempt never carries its events: the codec re-derives them along the path.
    const decoded = decodeAttempt(encodeAttempt(actor.getSnapshot()), p);
    expect(decoded.ok && decoded.context.fired).toEqual(c.fired);
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().context.fired).toEqual([{ id: 'always', step: 'intro', round: 0 }]);
    actor.stop();
  });
});

describe('events: validation', () => {
  it.each([
    { name: 'an unknown name', events: `  - id: e\n    when: rival > 1\n    title: { zh-CN: 新闻, en: News }\n`, message: 'events[0].when' },
    { name: 'a chance above 1', events: `  - id: e\n    when: 1\n    chance: 1.5\n    title: { zh-CN: 新闻, en: News }\n`, message: 'events[0].chance: a chance is a probability between 0 and 1, not 1.5' },
    { name: 'an effect on a parameter', events: `  - id: e\n    when: 1\n    title: { zh-CN: 新闻, en: News }\n    effects: { price: 1 }\n`, message: 'events[0].effects.price: “price” is not a state variable' },
    { name: 'an effect reading a metric', events: `  - id: e\n    when: 1\n    title: { zh-CN: 新闻, en: News }\n    effects: { kept: revenue }\n`, message: 'events[0].effects.kept: an effect cannot use “revenue”' },
    { name: 'a duplicate id', events: `  - id: e\n    when: 1\n    title: { zh-CN: 新闻, en: News }\n  - id: e\n    when: 0\n    title: { zh-CN: 新闻, en: News }\n`, message: 'events[1].id: the id “e” is used twice' },
  ])('refuses $name with a located error', ({ events, message }) => {
    const issues = issuesOf(withEvents(events));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^f:\d+:\d+: /);
    expect(issues[0]).toContain(message);
  });

  it('keeps `round` a function outside event formulas', () => {
    const issues = issuesOf(MINIMAL.replace('formula: price * (1 + kept)', 'formula: price * round'));
    expect(issues.join('\n')).toContain('“round” is a function, not a value');
  });
});
