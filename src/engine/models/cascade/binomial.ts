// A binomial draw whose cost stays bounded for the cascade's large circles: exact (by geometric
// gaps between successes) when the spread is small, a normal approximation when it is wide.
import type { Random } from '../../random.ts';

/** From this variance (n·p·(1−p)) on, the normal approximation is used; below it the draw is exact. */
const NORMAL_FROM_VARIANCE = 25;

/** Successes in n trials, counted by jumping from one success to the next (≈ n·p + 1 draws). */
function countByGaps(random: Random, trials: number, p: number): number {
  const logMiss = Math.log1p(-p);
  let successes = 0;
  let position = 0;
  for (;;) {
    const u = 1 - random.next(); // in (0, 1], so the log is finite
    position += Math.floor(Math.log(u) / logMiss) + 1;
    if (position > trials) return successes;
    successes += 1;
  }
}

export function drawBinomial(random: Random, trials: number, p: number): number {
  const n = Math.max(0, Math.round(trials));
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const variance = n * p * (1 - p);
  if (variance >= NORMAL_FROM_VARIANCE) {
    const u = Math.max(random.next(), Number.EPSILON);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
    return Math.min(n, Math.max(0, Math.round(n * p + z * Math.sqrt(variance))));
  }
  // Count whichever outcome is rarer, so the loop is short.
  return p > 0.5 ? n - countByGaps(random, n, 1 - p) : countByGaps(random, n, p);
}
