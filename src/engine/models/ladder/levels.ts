// Attitude and behaviour in the ladder model: what the levers buy (with diminishing returns),
// the three slow stocks they feed, and each buying rung's attachment, repeat purchase and type mix.
import { BuyingRungValues, LeverValues, type BuyingRung, type Lever, type LoyaltyType } from './ids.ts';
import type { LadderParams } from './variables.ts';

/** Yuan spent on each lever in one quarter. */
export type LeverSpend = Record<Lever, number>;

/**
 * The brand-wide stocks (docs/model/ladder.md, "Stocks"): `attitude` is what needs, club and
 * employees built; `rewards` the repeat purchase that paid rewards hold up; `lock` the repeat
 * purchase that contractual lock-in holds up — kept apart so the shock can remove exactly it;
 * `bonds` the repeat purchase that value-adding structural bonds hold up (a rival cannot copy
 * a customer's saved preferences or the staff who know them, so the shock leaves it).
 */
export interface Stocks {
  attitude: number;
  rewards: number;
  lock: number;
  bonds: number;
}

export const initialStocks: Stocks = { attitude: 0, rewards: 0, lock: 0, bonds: 0 };

/** Attachment (attitude) and repeat purchase (behaviour) of one buying rung, both 0–1. */
export interface RungLevel {
  attachment: number;
  repeat: number;
}

export type Levels = Record<BuyingRung, RungLevel>;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Diminishing returns: 0 at no spend, 63% of the maximum at one scale, approaching 1. */
export function leverEffect(spend: number, scale: number): number {
  return spend > 0 ? 1 - Math.exp(-spend / scale) : 0;
}

export function leverEffects(spend: LeverSpend, p: LadderParams): Record<Lever, number> {
  const scales: Record<Lever, number> = {
    attract: p.attractScale,
    needs: p.needsScale,
    rewards: p.rewardsScale,
    club: p.clubScale,
    switching: p.switchingScale,
    bonds: p.bondsScale,
    employees: p.employeesScale,
  };
  const effects = {} as Record<Lever, number>;
  for (const lever of LeverValues) effects[lever] = leverEffect(spend[lever], scales[lever]);
  return effects;
}

/**
 * One quarter of the stocks. Each moves a share `speed` of the way to the level this
 * quarter's spending sustains. `barrierLeft` is 1 before the shock and 1 − shock strength
 * from the shock quarter on: barriers then hold only that share (the shock quarter also
 * strips that share from the lock already built).
 */
export function nextStocks(
  stocks: Stocks,
  effects: Record<Lever, number>,
  p: LadderParams,
  barrierLeft: number,
  isShockQuarter: boolean,
): Stocks {
  const attitudeTarget =
    p.needsAttach * effects.needs + p.clubAttach * effects.club + p.employeesAttach * effects.employees +
    p.bondsAttach * effects.bonds;
  const rewardsTarget = p.rewardsRepeat * effects.rewards;
  const lockTarget = p.switchingRepeat * effects.switching * barrierLeft;
  const lockNow = isShockQuarter ? stocks.lock * barrierLeft : stocks.lock;
  return {
    attitude: stocks.attitude + p.attitudeSpeed * (attitudeTarget - stocks.attitude),
    rewards: stocks.rewards + p.rewardsSpeed * (rewardsTarget - stocks.rewards),
    lock: lockNow + p.lockSpeed * (lockTarget - lockNow),
    bonds: stocks.bonds + p.lockSpeed * (p.bondsRepeat * effects.bonds - stocks.bonds),
  };
}

/**
 * Rung levels from the stocks. Higher rungs start more attached and buy more often; lock-in
 * costs attachment (resentment) but adds repeat purchase, net of the habit that attachment
 * brings — so more switching spend never lowers repeat purchase while barriers hold. Bonds
 * add repeat purchase without resentment.
 */
export function rungLevels(stocks: Stocks, p: LadderParams): Levels {
  const feeling = stocks.attitude - p.resentment * stocks.lock;
  const levels = {} as Levels;
  BuyingRungValues.forEach((rung, step) => {
    levels[rung] = {
      attachment: clamp01(p.attachBase + p.attachStep * step + feeling),
      repeat: clamp01(p.repeatBase + p.repeatStep * step + p.habit * feeling + stocks.rewards + stocks.lock + stocks.bonds),
    };
  });
  return levels;
}

/** Share of a rung above the 0.5 threshold, individuals spread logistically around the rung mean. */
export function shareAbove(mean: number, spread: number): number {
  return 1 / (1 + Math.exp(-(mean - 0.5) / spread));
}

/** A rung's mix of loyalty types (attachment and repeat taken as independent within the rung). */
export function typeShares(level: RungLevel, spread: number): Record<LoyaltyType, number> {
  const attached = shareAbove(level.attachment, spread);
  const rebuying = shareAbove(level.repeat, spread);
  return {
    none: (1 - attached) * (1 - rebuying),
    latent: attached * (1 - rebuying),
    spurious: (1 - attached) * rebuying,
    true: attached * rebuying,
  };
}
