// ABC classification: customers ranked by revenue, the Lorenz (Pareto) curve of revenue
// over customers, and the A/B/C classes cut at chosen shares of customers (default 20/30/50 %).

export type AbcClass = 'A' | 'B' | 'C';

export interface LorenzPoint {
  /** Share of customers, best first (0..1). */
  customers: number;
  /** Share of revenue those customers bring (0..1). */
  revenue: number;
}

export interface AbcClassReport {
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
}

export interface AbcReport {
  classes: Record<AbcClass, AbcClassReport>;
  /** At most `points` + 1 points, from (0, 0) to (1, 1). */
  lorenz: LorenzPoint[];
  /** Each customer's class, in input order. */
  classOf: AbcClass[];
}

/**
 * Ranks by revenue (highest first; ties by input order, so the result is reproducible) and
 * cuts after round(n·a) customers for A and round(n·(a+b)) for A and B together.
 */
export function abcAnalysis(revenues: readonly number[], cutA = 0.2, cutB = 0.3, points = 100): AbcReport {
  const n = revenues.length;
  const order = revenues.map((_, i) => i).sort((i, j) => revenues[j]! - revenues[i]! || i - j);
  const total = revenues.reduce((s, v) => s + v, 0);
  const endA = Math.round(n * Math.min(1, Math.max(0, cutA)));
  const endB = Math.max(endA, Math.round(n * Math.min(1, Math.max(0, cutA + cutB))));
  const classOf = new Array<AbcClass>(n);
  const empty = (): AbcClassReport => ({ customers: 0, customerShare: 0, revenue: 0, revenueShare: 0 });
  const classes: Record<AbcClass, AbcClassReport> = { A: empty(), B: empty(), C: empty() };
  const lorenz: LorenzPoint[] = [{ customers: 0, revenue: 0 }];
  const every = Math.max(1, Math.ceil(n / points));
  let cumulative = 0;
  order.forEach((index, rank) => {
    const cls: AbcClass = rank < endA ? 'A' : rank < endB ? 'B' : 'C';
    classOf[index] = cls;
    classes[cls].customers += 1;
    classes[cls].revenue += revenues[index]!;
    cumulative += revenues[index]!;
    if ((rank + 1) % every === 0 || rank === n - 1) {
      lorenz.push({ customers: (rank + 1) / n, revenue: total > 0 ? cumulative / total : 0 });
    }
  });
  for (const cls of ['A', 'B', 'C'] as const) {
    classes[cls].customerShare = n > 0 ? classes[cls].customers / n : 0;
    classes[cls].revenueShare = total > 0 ? classes[cls].revenue / total : 0;
  }
  return { classes, lorenz, classOf };
}
