// A derivative-free minimiser (Nelder & Mead 1965) for the models' maximum-likelihood fits,
// plus a finite-difference Hessian for the observed information (standard errors).

export interface MinimizeOptions {
  /** Initial simplex edge length per coordinate. */
  step?: number;
  /** Stop when the simplex's function values spread less than this. */
  tolerance?: number;
  maxEvaluations?: number;
}

export interface MinimizeResult {
  point: number[];
  value: number;
  evaluations: number;
}

/** One Nelder–Mead run with the standard coefficients (reflect 1, expand 2, contract ½, shrink ½). */
function nelderMead(f: (x: number[]) => number, start: number[], step: number, tolerance: number, budget: number): MinimizeResult {
  const n = start.length;
  let evaluations = 0;
  const value = (x: number[]) => {
    evaluations += 1;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const simplex = [start.slice()];
  for (let i = 0; i < n; i += 1) {
    const vertex = start.slice();
    vertex[i]! += step;
    simplex.push(vertex);
  }
  let values = simplex.map(value);
  const along = (from: number[], to: number[], t: number) => from.map((v, i) => v + t * (to[i]! - v));
  while (evaluations < budget) {
    const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
    const sorted = order.map((i) => simplex[i]!);
    values = order.map((i) => values[i]!);
    simplex.splice(0, simplex.length, ...sorted);
    if (values[n]! - values[0]! <= tolerance * (Math.abs(values[0]!) + tolerance)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) centroid[j]! += simplex[i]![j]! / n;
    const worst = simplex[n]!;
    const reflected = along(worst, centroid, 2);
    const fr = value(reflected);
    if (fr < values[0]!) {
      const expanded = along(worst, centroid, 3);
      const fe = value(expanded);
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]!) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const outside = fr < values[n]!;
      const contracted = outside ? along(worst, centroid, 1.5) : along(worst, centroid, 0.5);
      const fc = value(contracted);
      if (fc < Math.min(fr, values[n]!)) {
        [simplex[n], values[n]] = [contracted, fc];
      } else {
        for (let i = 1; i <= n; i += 1) {
          simplex[i] = along(simplex[0]!, simplex[i]!, 0.5);
          values[i] = value(simplex[i]!);
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return { point: simplex[best]!, value: values[best]!, evaluations };
}

/**
 * Minimises f from `start`, restarting from the best point with a fresh simplex until a
 * restart no longer improves it: a collapsed simplex is Nelder–Mead's known failure mode.
 */
export function minimize(f: (x: number[]) => number, start: number[], options: MinimizeOptions = {}): MinimizeResult {
  const { step = 0.5, tolerance = 1e-12, maxEvaluations = 20000 } = options;
  let result = nelderMead(f, start, step, tolerance, maxEvaluations);
  let evaluations = result.evaluations;
  for (let restart = 0; restart < 8 && evaluations < maxEvaluations; restart += 1) {
    const next = nelderMead(f, result.point, step / 4, tolerance, maxEvaluations - evaluations);
    evaluations += next.evaluations;
    const improved = next.value < result.value - 1e-10 * (Math.abs(result.value) + 1);
    if (next.value < result.value) result = next;
    if (!improved) break;
  }
  return { ...result, evaluations };
}

/** The Hessian of f at x by central differences, with a step relative to each coordinate. */
export function hessian(f: (x: number[]) => number, x: number[]): number[][] {
  const n = x.length;
  const h = x.map((v) => 1e-4 * Math.max(Math.abs(v), 1));
  const at = (di: number, si: number, dj: number, sj: number) => {
    const y = x.slice();
    y[di]! += si * h[di]!;
    y[dj]! += sj * h[dj]!;
    return f(y);
  };
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const f0 = f(x);
  for (let i = 0; i < n; i += 1) {
    H[i]![i] = (at(i, 1, i, 1) - 2 * f0 + at(i, -1, i, -1)) / (4 * h[i]! * h[i]!);
    for (let j = i + 1; j < n; j += 1) {
      const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h[i]! * h[j]!);
      H[i]![j] = v;
      H[j]![i] = v;
    }
  }
  return H;
}

/** The inverse of a small symmetric positive-definite matrix by Gauss–Jordan elimination; null if singular. */
export function invert(m: number[][]): number[][] | null {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-300) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    for (let j = 0; j < 2 * n; j += 1) a[col]![j]! /= p;
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const factor = a[r]![col]!;
      if (factor !== 0) for (let j = 0; j < 2 * n; j += 1) a[r]![j]! -= factor * a[col]![j]!;
    }
  }
  return a.map((row) => row.slice(n));
}
