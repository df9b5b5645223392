// The cascade as a chance process: how many she tells, who is influenced, who retells and
// who stops buying are drawn person by person from the seeded source; gives samples and stats.
import type { Random } from '../../random.ts';
import type { CascadeValues } from './variables.ts';
import { drawBinomial } from './binomial.ts';

/** Enough for a stable histogram, few enough to redraw on every slider move. */
export const MAX_SAMPLES = 2000;
export const DEFAULT_SAMPLES = 1000;

const successes = drawBinomial;

/** A fractional head-count becomes whole people without bias: 7.3 is 8 with chance 0.3, else 7. */
function wholePeople(random: Random, count: number): number {
  const whole = Math.floor(count);
  const fraction = count - whole;
  return fraction > 0 && random.chance(fraction) ? whole + 1 : whole;
}

/** One possible outcome of the total loss; its expectation is derived in docs/model/cascade.md. */
export function sampleTotalLoss(random: Random, values: CascadeValues, directLoss: number): number {
  const low = Math.min(values.toldLow, values.toldHigh);
  const high = Math.max(values.toldLow, values.toldHigh);
  const told = wholePeople(random, low + (high - low) * random.next());
  const influenced = successes(random, told, values.influencedShare);
  const wholeRetell = Math.floor(values.retell);
  // Each influenced person tells floor(retell) people, plus one more with chance frac(retell).
  const secondCircle = influenced * wholeRetell + successes(random, influenced, values.retell - wholeRetell);
  const countedFirst = successes(random, influenced, values.countFirstCircle);
  // Timm's convention counts her among the people who may stop buying.
  const herself = values.herselfCounted >= 0.5 ? 1 : 0;
  const lost = successes(random, countedFirst + secondCircle + herself, values.lostShare);
  return values.includeHerself * directLoss + lost * directLoss;
}

export function sampleTotalLosses(random: Random, values: CascadeValues, directLoss: number, count: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) samples.push(sampleTotalLoss(random, values, directLoss));
  return samples;
}

/** The sample count a run uses: the `samples` setting rounded and kept within 1…MAX_SAMPLES. */
export function sampleCount(setting: number): number {
  return Math.min(MAX_SAMPLES, Math.max(1, Math.round(setting)));
}

/** Linear interpolation between order statistics (the common "type 7" quantile). */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(sorted.length - 1, below + 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

export interface DistributionStats {
  mean: number;
  p10: number;
  p90: number;
}

export function distributionStats(samples: readonly number[]): DistributionStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    mean: sorted.length > 0 ? sum / sorted.length : 0,
    p10: quantileOfSorted(sorted, 0.1),
    p90: quantileOfSorted(sorted, 0.9),
  };
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** Equal-width bins from the smallest to the largest sample; one-value samples get a unit-wide range. */
export function histogram(samples: readonly number[], binCount: number): HistogramBin[] {
  const min = samples.length > 0 ? Math.min(...samples) : 0;
  const max = samples.length > 0 ? Math.max(...samples) : 0;
  const width = max > min ? (max - min) / binCount : 1 / binCount;
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => ({
    from: min + i * width,
    to: min + (i + 1) * width,
    count: 0,
  }));
  for (const value of samples) {
    const index = Math.min(binCount - 1, Math.floor((value - min) / width));
    const bin = bins[index];
    if (bin) bin.count += 1;
  }
  return bins;
}
