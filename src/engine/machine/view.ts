// The session view: everything the player shows about where the learner stands, computed
// from the machine's snapshot by the engine. The player renders it and derives nothing:
// which step, round k of n, what moving forward does, the budget, the settable parameters,
// whether the step is answered, and the path ahead.
import type { SnapshotFrom } from 'xstate';
import { valueAfter, type Evaluation } from '../evaluate.ts';
import { settableParams } from '../parameters.ts';
import type { PreparedScenario } from '../prepared.ts';
import { transitionsOf } from '../scenario/graph.ts';
import type { Step } from '../scenario/schema.ts';
import type { ScenarioMachine } from './compile.ts';
import { awaitsAnswer, evaluateContext, evaluateExplored, isComplete, roundsOf, roundsPlayed, type PlayContext } from './context.ts';

export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

export interface SessionView {
  stepId: string;
  step: Step;
  context: PlayContext;
  /** The attempt's numbers (scored). */
  evaluation: Evaluation;
  /** At a sandbox step, the numbers with the explored values on top (never scored); else `evaluation`. */
  explored: Evaluation;
  /** Rounds of this step (1 for a step without rounds), and how many are played. */
  rounds: number;
  roundsPlayed: number;
  /** The round being played or just played, 1-based. */
  round: number;
  /** An allocate step waits for this round's shares. */
  isRoundOpen: boolean;
  /** The step waits for an answer now (an unanswered choice or estimate, an open round). */
  awaitsAnswer: boolean;
  /** What moving forward does now: open the next round (NEXT_ROUND), leave the step (NEXT), or nothing yet. */
  forward: 'round' | 'leave' | null;
  /** NEXT would be accepted: the step is answered and a transition applies. */
  canLeave: boolean;
  canNextRound: boolean;
  canBack: boolean;
  /** The step's decision is made (every round played); always true for steps without one. */
  isAnswered: boolean;
  /** The amount an allocate step splits, evaluated now; null without a budget. */
  budget: number | null;
  /** Parameters the learner may move at this step (a sandbox step's visible ones). */
  settable: string[];
  /** The step ids from this one to the end, along the first transition whose condition holds now. */
  pathAhead: string[];
  /** "Step index of total" along the learner's path. */
  position: { index: number; total: number };
}

export function pathAhead(p: PreparedScenario, currentId: string, evaluation: Evaluation): string[] {
  const indexOf = new Map(p.scenario.steps.map((s, i) => [s.id, i]));
  const path: string[] = [];
  let id: string | undefined = currentId;
  while (id !== undefined && !path.includes(id)) {
    path.push(id);
    const index = indexOf.get(id);
    if (index === undefined) break;
    id = transitionsOf(p.scenario, index).find((t) => t.when === undefined || valueAfter(p, evaluation, t.when) !== 0)?.to;
  }
  return path;
}

export function sessionView(p: PreparedScenario, snapshot: ScenarioSnapshot): SessionView {
  const context = snapshot.context;
  const stepId = String(snapshot.value);
  const step = p.steps.get(stepId)!;
  const evaluation = evaluateContext(p, context);
  const rounds = roundsOf(p, context, step);
  const played = roundsPlayed(context, stepId);
  const awaits = awaitsAnswer(p, context, step);
  const canLeave = snapshot.can({ type: 'NEXT' });
  const canNextRound = snapshot.can({ type: 'NEXT_ROUND' });
  const ahead = pathAhead(p, stepId, evaluation);
  return {
    stepId,
    step,
    context,
    evaluation,
    explored: step.kind === 'sandbox' ? evaluateExplored(p, context) : evaluation,
    rounds,
    roundsPlayed: played,
    round: Math.max(1, Math.min(rounds, played + (step.kind === 'allocate' && awaits ? 1 : 0))),
    isRoundOpen: step.kind === 'allocate' && awaits,
    awaitsAnswer: awaits,
    forward: canNextRound ? 'round' : canLeave ? 'leave' : null,
    canLeave,
    canNextRound,
    canBack: snapshot.can({ type: 'BACK' }),
    isAnswered: step.kind === 'debrief' || isComplete(p, step, context),
    budget: step.kind === 'allocate' && step.budget !== undefined ? valueAfter(p, evaluation, step.budget) : null,
    settable: settableParams(p.scenario, step),
    pathAhead: ahead,
    position: { index: context.trail.length + 1, total: context.trail.length + ahead.length },
  };
}
