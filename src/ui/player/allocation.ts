// Budget shares of an allocate step as whole percentage points that always sum to 100:
// moving one option rebalances the others in proportion to their current shares.
export const TOTAL_POINTS = 100;

/** Rounds `raw` (summing to `total`) to integers with the same sum: largest remainders win. */
export function largestRemainder(raw: number[], total: number): number[] {
  const floors = raw.map((x) => Math.floor(x + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = raw
    .map((x, i) => ({ i, rest: x - (floors[i] ?? 0) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** Points for each option from shares (0..1); equal points when there are none to go by. */
export function pointsFromShares(ids: readonly string[], shares?: Record<string, number> | null): number[] {
  const raw = ids.map((id) => Math.max(0, shares?.[id] ?? 0));
  const sum = raw.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return largestRemainder(ids.map(() => TOTAL_POINTS / ids.length), TOTAL_POINTS);
  return largestRemainder(raw.map((x) => (x / sum) * TOTAL_POINTS), TOTAL_POINTS);
}

/**
 * Sets option `index` to `value` points and spreads the rest over the other options in
 * proportion to what they hold (evenly when they hold nothing). The sum stays 100.
 */
export function rebalance(points: readonly number[], index: number, value: number): number[] {
  const target = Math.min(TOTAL_POINTS, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));
  const others = points.map((_, i) => i).filter((i) => i !== index);
  const remaining = TOTAL_POINTS - target;
  const held = others.reduce((a, i) => a + (points[i] ?? 0), 0);
  const raw = others.map((i) => (held > 0 ? ((points[i] ?? 0) * remaining) / held : remaining / others.length));
  const spread = largestRemainder(raw, remaining);
  const next = [...points];
  next[index] = target;
  others.forEach((i, k) => (next[i] = spread[k] ?? 0));
  return next;
}

/** The shares the engine takes (0..1 per option id). */
export function sharesFromPoints(ids: readonly string[], points: readonly number[]): Record<string, number> {
  return Object.fromEntries(ids.map((id, i) => [id, (points[i] ?? 0) / TOTAL_POINTS]));
}
