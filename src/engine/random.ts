// The only source of randomness in the engine: a seeded xoroshiro128+ generator from
// pure-rand. Same seed ⇒ same draws, in the browser, in node and in tests.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  /** Number of successes in n trials of probability p (exact for small n, normal approx. above 1,000). */
  binomial(n: number, p: number): number;
}

/** Seeds are whole numbers; anything else is folded into one so a typo cannot crash a run. */
export function normalizeSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) | 0 : 0;
}

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(normalizeSeed(seed));
  const next = () => uniformFloat64(rng);
  const random: Random = {
    next,
    int: (min, max) => uniformInt(rng, Math.ceil(min), Math.floor(max)),
    chance: (p) => next() < p,
    binomial(n, p) {
      const trials = Math.max(0, Math.round(n));
      const q = Math.min(1, Math.max(0, p));
      if (trials <= 1000) {
        let hits = 0;
        for (let i = 0; i < trials; i += 1) if (next() < q) hits += 1;
        return hits;
      }
      // Box–Muller normal approximation keeps large populations fast; clamped to [0, n].
      const u = Math.max(next(), Number.EPSILON);
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
      const value = Math.round(trials * q + z * Math.sqrt(trials * q * (1 - q)));
      return Math.min(trials, Math.max(0, value));
    },
  };
  return random;
}
