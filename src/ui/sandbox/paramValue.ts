// What a parameter slider accepts: its step, and the check of a typed number against the
// parameter's range (clamped, with the reason, so the learner is told what happened).
import type { Parameter } from '../../engine/scenario/schema.ts';

/** A plain decimal number as people type it (no hex, no Infinity, no blanks). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The number a text stands for, or null when it is not a plain decimal number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** The slider's step: the scenario's, or a round number near 1/100 of the range. */
export function stepOf(param: Pick<Parameter, 'min' | 'max' | 'step'>): number {
  if (param.step !== undefined) return param.step;
  const span = param.max - param.min;
  if (!(span > 0)) return 1;
  const raw = span / 100;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
  // Rounded so that e.g. 0.1 × 0.1 does not come out as 0.010000000000000002.
  return Number((nice * power).toPrecision(12));
}

export const TypedProblemValues = ['empty', 'not-a-number', 'below-min', 'above-max'] as const;
export type TypedProblem = (typeof TypedProblemValues)[number];

export type TypedValue =
  | { ok: true; value: number }
  /** `value`: what to use instead (the nearest end of the range), when there is one. */
  | { ok: false; problem: TypedProblem; value: number | null };

/** Checks a typed text against the parameter's range; out-of-range numbers come back clamped. */
export function checkTyped(text: string, param: Pick<Parameter, 'min' | 'max'>): TypedValue {
  if (text.trim() === '') return { ok: false, problem: 'empty', value: null };
  const value = parseDecimal(text);
  if (value === null) return { ok: false, problem: 'not-a-number', value: null };
  if (value < param.min) return { ok: false, problem: 'below-min', value: param.min };
  if (value > param.max) return { ok: false, problem: 'above-max', value: param.max };
  return { ok: true, value };
}
