// The session wrapper: snapshot and numbers follow the actor, accepted events reach the
// persistence hook (refused ones do not), and a saved snapshot continues where it stopped.
import { describe, expect, test, vi } from 'vitest';
import type { PlayEvent } from '../../../src/engine/machine/events.ts';
import { decodeAttempt } from '../../../src/engine/attempt/index.ts';
import { playHeadless } from '../../../src/engine/play.ts';
import { summarizeScores } from '../../../src/engine/scoring/types.ts';
import { PlaySession, type SessionPersistence } from '../../../src/ui/player/session.svelte.ts';
import { coffee } from './fixtures.ts';

function recording() {
  const onEvent = vi.fn<SessionPersistence['onEvent']>();
  return { persistence: { onEvent }, onEvent };
}

describe('PlaySession', () => {
  test('follows the actor: step, evaluation, Back and Next', () => {
    const session = new PlaySession(coffee(), { seed: 1 });
    expect(session.stepId).toBe('story');
    expect(session.canBack).toBe(false);
    expect(session.canNext).toBe(true);
    expect(session.position).toEqual({ index: 1, total: 7 });
    session.send({ type: 'NEXT' });
    expect(session.stepId).toBe('design');
    expect(session.step.kind).toBe('choice');
    expect(session.canBack).toBe(true);
    expect(session.canNext).toBe(false);
    session.send({ type: 'CHOOSE', option: 'none' });
    // Choosing "no card" skips the estimate: the path ahead is one step shorter.
    expect(session.position).toEqual({ index: 2, total: 6 });
    expect(session.evaluation.metrics.profitChange).toBe(0);
    session.stop();
  });

  test('hands every accepted event to the persistence hook, with the debrief scores at the end', () => {
    const { persistence, onEvent } = recording();
    const p = coffee();
    const session = new PlaySession(p, { seed: 7, persistence });
    const events: PlayEvent[] = [
      { type: 'NEXT' }, { type: 'CHOOSE', option: 'discount' }, { type: 'NEXT' }, { type: 'SUBMIT', value: 180 }, { type: 'NEXT' },
      { type: 'CHOOSE', option: ['data'] }, { type: 'NEXT' },
      { type: 'SUBMIT', allocation: { card: 0.2, service: 0.8 } }, { type: 'NEXT_ROUND' }, { type: 'SUBMIT', allocation: { card: 0.2, service: 0.8 } },
      { type: 'NEXT' }, { type: 'NEXT' },
    ];
    for (const e of events) expect(session.send(e)).toBe(true);
    expect(session.stepId).toBe('debrief');
    expect(onEvent).toHaveBeenCalledTimes(events.length);

    const [lastEvent, lastSnapshot, lastInfo] = onEvent.mock.calls.at(-1)!;
    const headless = playHeadless(p, {
      seed: 7,
      decisions: [
        { step: 'design', choose: 'discount' }, { step: 'freeCups', estimate: 180 }, { step: 'why', choose: ['data'] },
        { step: 'budget', allocate: { card: 0.2, service: 0.8 } },
      ],
    });
    expect(lastEvent).toEqual({ type: 'NEXT' });
    expect(lastInfo).toEqual({ stepId: 'debrief', finished: true, scores: summarizeScores(headless.evaluation.scores) });
    expect(lastSnapshot).toMatchObject({ formatVersion: 1, step: 'debrief', finished: true, seed: 7 });
    expect(onEvent.mock.calls[0]![2]).toEqual({ stepId: 'design', finished: false, scores: null });
    session.stop();
  });

  test('does not save refused events', () => {
    const { persistence, onEvent } = recording();
    const session = new PlaySession(coffee(), { seed: 1, persistence });
    expect(session.send({ type: 'BACK' })).toBe(false);
    expect(session.send({ type: 'CHOOSE', option: 'stamp' })).toBe(false); // not a choice step
    session.send({ type: 'NEXT' });
    session.send({ type: 'CHOOSE', option: 'stamp' });
    expect(session.send({ type: 'CHOOSE', option: 'none' })).toBe(false); // answers are locked
    expect(onEvent.mock.calls.map(([e]) => e.type)).toEqual(['NEXT', 'CHOOSE']);
    session.stop();
  });

  test('continues from a persisted snapshot at the same step with the same answers', () => {
    const { persistence, onEvent } = recording();
    const p = coffee();
    const first = new PlaySession(p, { seed: 3, persistence });
    first.send({ type: 'NEXT' });
    first.send({ type: 'CHOOSE', option: 'expiring' });
    first.send({ type: 'NEXT' });
    first.stop();
    const saved = JSON.parse(JSON.stringify(onEvent.mock.calls.at(-1)![1]));

    const decoded = decodeAttempt(saved, p);
    if (!decoded.ok) throw new Error(decoded.problem.code);
    const resumed = new PlaySession(p, { seed: 3, restore: decoded });
    expect(resumed.stepId).toBe('freeCups');
    expect(resumed.context.answers.choices).toEqual({ design: ['expiring'] });
    expect(resumed.canBack).toBe(true);
    expect(resumed.evaluation.scores.dimensions.find((d) => d.id === 'ethics')?.score).toBe(40);
    resumed.stop();
  });

  test('goes Back into an allocate step whose rounds are all played, and on again', () => {
    const session = new PlaySession(coffee(), { seed: 1 });
    const events: PlayEvent[] = [
      { type: 'NEXT' }, { type: 'CHOOSE', option: 'none' }, { type: 'NEXT' }, { type: 'CHOOSE', option: ['data'] }, { type: 'NEXT' },
      { type: 'SUBMIT', allocation: { card: 0.5, service: 0.5 } }, { type: 'NEXT_ROUND' }, { type: 'SUBMIT', allocation: { card: 0.5, service: 0.5 } }, { type: 'NEXT' },
    ];
    for (const e of events) session.send(e);
    expect(session.stepId).toBe('explore');
    expect(session.canBack).toBe(true);
    session.send({ type: 'BACK' });
    expect(session.stepId).toBe('budget');
    expect(session.canNext).toBe(true);
    session.send({ type: 'NEXT' });
    expect(session.stepId).toBe('explore');
    session.stop();
  });

  test('the session view: round k of n, what moving forward does, the budget, settable parameters', () => {
    const session = new PlaySession(coffee(), { seed: 1 });
    for (const e of [{ type: 'NEXT' }, { type: 'CHOOSE', option: 'none' }, { type: 'NEXT' }, { type: 'CHOOSE', option: ['data'] }, { type: 'NEXT' }] as PlayEvent[]) session.send(e);
    let view = session.view;
    // coffee's budget step: 2 rounds of a 3000-yuan budget (scenarios/coffee-card-example.yaml).
    expect(view).toMatchObject({ stepId: 'budget', round: 1, rounds: 2, roundsPlayed: 0, isRoundOpen: true, awaitsAnswer: true, forward: null, isAnswered: false, budget: 3000, settable: [] });
    session.send({ type: 'SUBMIT', allocation: { card: 0.5, service: 0.5 } });
    view = session.view;
    expect(view).toMatchObject({ round: 1, roundsPlayed: 1, isRoundOpen: false, forward: 'round', canLeave: false, canNextRound: true });
    expect(session.send({ type: 'NEXT' })).toBe(false);
    session.send({ type: 'NEXT_ROUND' });
    expect(session.view).toMatchObject({ round: 2, isRoundOpen: true, forward: null });
    session.send({ type: 'SUBMIT', allocation: { card: 0.5, service: 0.5 } });
    expect(session.view).toMatchObject({ round: 2, roundsPlayed: 2, forward: 'leave', isAnswered: true, canBack: false });
    session.send({ type: 'NEXT' });
    expect(session.view).toMatchObject({ stepId: 'explore', settable: ['upliftStamp', 'visitsPerMonth', 'cupPrice', 'cupCost'], pathAhead: ['explore', 'debrief'] });
    session.stop();
  });
});
