// A synthetic customer base drawn from the BG/NBD and Gamma-Gamma processes themselves, so a
// fit can be checked against the parameters that made the data. Seeded: same seed, same base.
import { createRandom, type Random } from '../random.ts';
import { compactDate, dayNumber } from './dates.ts';
import type { BgNbdParams } from './bgnbd.ts';
import type { GammaGammaParams } from './gammaGamma.ts';

export interface GenerateParams extends BgNbdParams, GammaGammaParams {
  /** Customers' first purchases are spread evenly over this many weeks. */
  cohortWeeks: number;
  /** Weeks from the start to the end of the data (calibration plus holdout). */
  weeks: number;
}

/** CDNOW's published fits (BG/NBD: FHL 2005; Gamma-Gamma: Fader & Hardie 2013), 12-week cohort, 78 weeks. */
export const DEFAULT_GENERATE: GenerateParams = {
  r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, gamma: 15.44, cohortWeeks: 12, weeks: 78,
};

/** The first day of a generated base (any day would do; this one is fixed so files are reproducible). */
export const GENERATED_START = dayNumber(2025, 1, 6)!;

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = Math.max(random.next(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000); shape < 1 via Gamma(shape+1)·U^(1/shape). */
export function gammaDraw(random: Random, shape: number, rate: number): number {
  if (shape < 1) return gammaDraw(random, shape + 1, rate) * Math.pow(Math.max(random.next(), Number.MIN_VALUE), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do { z = normal(random); v = 1 + c * z; } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (Math.log(Math.max(u, Number.MIN_VALUE)) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

export function betaDraw(random: Random, a: number, b: number): number {
  const x = gammaDraw(random, a, 1);
  return x / (x + gammaDraw(random, b, 1));
}

export interface GeneratedCustomer {
  id: string;
  /** Purchase times in weeks from the start, the first purchase first. */
  times: number[];
  amounts: number[];
}

/**
 * Each customer: first purchase at s ~ U(0, cohortWeeks); λ ~ Gamma(r, α), dropout
 * probability π ~ Beta(a, b); purchases follow a Poisson process of rate λ and after each
 * repeat purchase the customer leaves with probability π. Spend per purchase ~ Gamma(p, ν)
 * with ν ~ Gamma(q, γ).
 */
export function generateCustomers(count: number, seed: number, g: GenerateParams = DEFAULT_GENERATE): GeneratedCustomer[] {
  const random = createRandom(seed);
  const width = String(count).length;
  const out: GeneratedCustomer[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = random.next() * g.cohortWeeks;
    const lambda = gammaDraw(random, g.r, g.alpha);
    const dropout = betaDraw(random, g.a, g.b);
    const nu = gammaDraw(random, g.q, g.gamma);
    const times = [start];
    let t = start;
    for (;;) {
      t += -Math.log(1 - random.next()) / lambda;
      if (!(t < g.weeks)) break;
      times.push(t);
      if (random.next() < dropout) break;
    }
    const amounts = times.map(() => Math.max(0.01, Math.round(gammaDraw(random, g.p, nu) * 100) / 100));
    out.push({ id: String(i + 1).padStart(width, '0'), times, amounts });
  }
  return out;
}

/** The base as a CSV transaction file (customer,date,quantity,amount), one purchase per row. */
export function generatedCsv(customers: readonly GeneratedCustomer[]): string {
  const lines = ['customer,date,quantity,amount'];
  for (const c of customers) {
    c.times.forEach((t, k) => {
      lines.push(`${c.id},${compactDate(GENERATED_START + Math.floor(t * 7))},1,${c.amounts[k]!.toFixed(2)}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** The exact (continuous-time) calibration summary of a generated base at week `end`. */
export function generatedSummary(customers: readonly GeneratedCustomer[], end: number): { x: number; tx: number; T: number }[] {
  return customers.filter((c) => c.times[0]! <= end).map((c) => {
    const inside = c.times.filter((t) => t <= end);
    return { x: inside.length - 1, tx: inside.at(-1)! - inside[0]!, T: end - inside[0]! };
  });
}
