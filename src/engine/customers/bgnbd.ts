// The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the
// easy way", Marketing Science 24(2)): likelihood, maximum-likelihood fit and its forecasts.
import { hessian, invert, minimize } from './optimize.ts';
import { hyp2f1 } from './special.ts';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Calibration data in columns; identical (x, t_x, T) rows may be merged with a weight. */
export interface RepeatData {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  maxX: number;
  /** Distinct T and t_x values, and each row's index into them (days are few, rows many). */
  Ts: Float64Array;
  txs: Float64Array;
  Tindex: Int32Array;
  txIndex: Int32Array;
}

export function repeatData(rows: readonly { x: number; tx: number; T: number }[]): RepeatData {
  const merged = new Map<string, { x: number; tx: number; T: number; n: number }>();
  for (const row of rows) {
    const key = `${row.x}|${row.tx}|${row.T}`;
    const hit = merged.get(key);
    if (hit) hit.n += 1;
    else merged.set(key, { x: row.x, tx: row.tx, T: row.T, n: 1 });
  }
  const list = [...merged.values()];
  const distinct = (values: number[]) => {
    const index = new Map<number, number>();
    for (const v of values) if (!index.has(v)) index.set(v, index.size);
    return { values: Float64Array.from(index.keys()), of: Int32Array.from(values, (v) => index.get(v)!) };
  };
  const Ts = distinct(list.map((v) => v.T));
  const txs = distinct(list.map((v) => v.tx));
  return {
    x: Float64Array.from(list, (v) => v.x),
    tx: Float64Array.from(list, (v) => v.tx),
    T: Float64Array.from(list, (v) => v.T),
    weight: Float64Array.from(list, (v) => v.n),
    maxX: list.reduce((m, v) => Math.max(m, v.x), 0),
    Ts: Ts.values, txs: txs.values, Tindex: Ts.of, txIndex: txs.of,
  };
}

/**
 * The sample log-likelihood, equation (6) of the paper:
 * L = B(a, b+x)/B(a, b) · Γ(r+x)αʳ / (Γ(r)(α+T)^(r+x))
 *   + [x>0] B(a+1, b+x−1)/B(a, b) · Γ(r+x)αʳ / (Γ(r)(α+t_x)^(r+x)).
 * The gamma and beta ratios are built up by Γ(y+1) = yΓ(y), once per distinct x; ln(α+T)
 * and ln(α+t_x) once per distinct value.
 */
export function bgnbdLogLikelihood(p: BgNbdParams, data: RepeatData): number {
  const { r, alpha, a, b } = p;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return Number.NEGATIVE_INFINITY;
  // common[x] = ln[Γ(r+x)/Γ(r)] + r ln α + ln[B(a, b+x)/B(a, b)]; died[x] = ln[a/(b+x−1)]
  const common = new Float64Array(data.maxX + 1);
  const died = new Float64Array(data.maxX + 1);
  common[0] = r * Math.log(alpha);
  for (let k = 1; k <= data.maxX; k += 1) {
    const i = k - 1;
    common[k] = common[i]! + Math.log(r + i) + Math.log(b + i) - Math.log(a + b + i);
    died[k] = Math.log(a / (b + k - 1));
  }
  const lnT = data.Ts.map((T) => Math.log(alpha + T));
  const lnTx = data.txs.map((tx) => Math.log(alpha + tx));
  let total = 0;
  for (let i = 0; i < data.x.length; i += 1) {
    const x = data.x[i]!;
    const survive = -(r + x) * lnT[data.Tindex[i]!]!;
    let term = survive;
    if (x > 0) {
      const gone = died[x]! - (r + x) * lnTx[data.txIndex[i]!]!;
      const hi = survive > gone ? survive : gone;
      term = hi + Math.log1p(Math.exp((survive > gone ? gone : survive) - hi));
    }
    total += data.weight[i]! * (common[x]! + term);
  }
  return total;
}

export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  /** Asymptotic standard errors from the observed information matrix; null if it is singular. */
  standardErrors: BgNbdParams | null;
  evaluations: number;
}

const fromVector = (v: number[]): BgNbdParams => ({ r: v[0]!, alpha: v[1]!, a: v[2]!, b: v[3]! });

/** Maximum likelihood by Nelder–Mead on the parameters' logarithms (so they stay positive). */
export function fitBgNbd(data: RepeatData, start: BgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 }): BgNbdFit {
  const negLL = (v: number[]) => -bgnbdLogLikelihood(fromVector(v.map(Math.exp)), data);
  const init = [start.r, start.alpha, start.a, start.b].map(Math.log);
  const best = minimize(negLL, init, { step: 1, tolerance: 1e-13, maxEvaluations: 20000 });
  const params = fromVector(best.point.map(Math.exp));
  return { params, logLikelihood: -best.value, standardErrors: standardErrors(params, data), evaluations: best.evaluations };
}

/** √diag of the inverse of the observed information −∇²ln L at the estimate, in natural units. */
export function standardErrors(params: BgNbdParams, data: RepeatData): BgNbdParams | null {
  const negLL = (v: number[]) => -bgnbdLogLikelihood(fromVector(v), data);
  const cov = invert(hessian(negLL, [params.r, params.alpha, params.a, params.b]));
  if (!cov) return null;
  const se = cov.map((row, i) => Math.sqrt(row[i]!));
  return se.every(Number.isFinite) ? fromVector(se) : null;
}

/** The chance a customer with history (x, t_x, T) has not dropped out (paper's eq. 13). */
export function pAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const ratio = (p.a / (p.b + x - 1)) * Math.exp((p.r + x) * Math.log((p.alpha + T) / (p.alpha + tx)));
  return 1 / (1 + ratio);
}

/** E[X(t)]: expected purchases in (0, t] for a new customer (paper's eq. 9). */
export function expectedPurchases(p: BgNbdParams, t: number): number {
  const { r, alpha, a, b } = p;
  if (t <= 0) return 0;
  const z = t / (alpha + t);
  return ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, z));
}

/** E[Y(t) | x, t_x, T]: expected purchases in the next t weeks given a history (paper's eq. 10). */
export function conditionalExpected(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const lead = (a + b + x - 1) / (a - 1);
  const inner = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z);
  const alive = x > 0 ? 1 + (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 1;
  return (lead * inner) / alive;
}
