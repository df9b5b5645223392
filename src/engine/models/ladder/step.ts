// One quarter of movement on the ladder: the probabilities of moving between rungs, and the
// moves themselves — exact expected values, or seeded binomial draws per flow (agent mode).
import type { Random } from '../../random.ts';
import { BuyingRungValues, RungValues, type Rung } from './ids.ts';
import { shareAbove, type Levels } from './levels.ts';
import type { LadderParams } from './variables.ts';

export type Counts = Record<Rung, number>;

/** Where people of one rung may go in a quarter, with the probability of each move. */
export type Moves = Record<Rung, { to: Rung; p: number }[]>;

/** People moved from → to in one quarter (stays not included); `referral` is word of mouth. */
export type FlowMatrix = Map<`${Rung | 'referral'}>${Rung}`, number>;

/** Draws a count of `n` people each taking a move with probability `p`. */
export type Draw = (n: number, p: number) => number;

export function drawFor(mode: 'expected' | 'agent', random: Random): Draw {
  return mode === 'agent' ? (n, p) => random.binomial(n, p) : (n, p) => n * p;
}

/** Moves rescaled so that no rung loses more than everyone (only extreme sliders need it). */
function capped(moves: { to: Rung; p: number }[]): { to: Rung; p: number }[] {
  const total = moves.reduce((sum, move) => sum + move.p, 0);
  return total > 1 ? moves.map((move) => ({ to: move.to, p: move.p / total })) : moves;
}

/** The quarter's move probabilities (docs/model/ladder.md, "Moves between rungs"). */
export function quarterMoves(levels: Levels, reach: number, trial: number, p: LadderParams): Moves {
  const { first, repeat, core, advocate } = levels;
  const leave = (repeatPurchase: number) => p.churnBase * (1 - repeatPurchase);
  const fall = (attachment: number) => p.drift * (1 - attachment);
  return {
    potential: capped([{ to: 'target', p: reach }]),
    target: capped([
      { to: 'first', p: trial },
      { to: 'potential', p: p.drift },
    ]),
    first: capped([
      { to: 'repeat', p: p.climbFirst * first.repeat },
      { to: 'lost', p: leave(first.repeat) },
    ]),
    repeat: capped([
      { to: 'core', p: p.climbRepeat * repeat.attachment * repeat.repeat },
      { to: 'first', p: fall(repeat.attachment) },
      { to: 'lost', p: leave(repeat.repeat) },
    ]),
    core: capped([
      { to: 'advocate', p: p.climbCore * core.attachment },
      { to: 'repeat', p: fall(core.attachment) },
      { to: 'lost', p: leave(core.repeat) },
    ]),
    advocate: capped([
      { to: 'core', p: fall(advocate.attachment) },
      { to: 'lost', p: leave(advocate.repeat) },
    ]),
    lost: [],
  };
}

/**
 * The shock quarter's extra exits: a rival next door takes `rivalPull` of the buyers who are
 * not attached and only `attachedShockShare` of that from the attached, judged on the
 * attitudes they held before the shock. Value-adding bonds (`bonds`, 0–1) shield that share
 * of everyone: the rival cannot copy what the customer would lose.
 */
export function shockMoves(before: Levels, p: LadderParams, bonds = 0): Moves {
  const moves: Moves = { potential: [], target: [], first: [], repeat: [], core: [], advocate: [], lost: [] };
  for (const rung of BuyingRungValues) {
    const attached = shareAbove(before[rung].attachment, p.typeSpread);
    const pull = p.shockStrength * p.rivalPull * (1 - bonds) * (1 - attached * (1 - p.attachedShockShare));
    moves[rung] = [{ to: 'lost', p: pull }];
  }
  return moves;
}

/**
 * Moves everyone at once from the counts at the start (a multinomial per rung, drawn as
 * conditional binomials so agent mode stays exact), adding each flow to `flows`.
 */
export function applyMoves(counts: Counts, moves: Moves, draw: Draw, flows: FlowMatrix): Counts {
  const next = { ...counts };
  for (const from of RungValues) {
    let remaining = counts[from];
    let probabilityLeft = 1;
    for (const { to, p } of moves[from]) {
      const share = probabilityLeft > 0 ? Math.min(1, p / probabilityLeft) : 0;
      const moved = draw(remaining, share);
      remaining -= moved;
      probabilityLeft -= p;
      next[from] -= moved;
      next[to] += moved;
      addFlow(flows, from, to, moved);
    }
  }
  return next;
}

export function addFlow(flows: FlowMatrix, from: Rung | 'referral', to: Rung, value: number): void {
  if (value === 0) return;
  const key = `${from}>${to}` as const;
  flows.set(key, (flows.get(key) ?? 0) + value);
}

/** Below this many (fractional) people a share is rounding noise, reported as 0. */
export const tinyCrowd = 1e-9;

export function buyingCount(counts: Counts): number {
  return BuyingRungValues.reduce((sum, rung) => sum + counts[rung], 0);
}
