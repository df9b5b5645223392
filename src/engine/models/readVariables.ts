// Reads a model's declared variables from a run's `vars`: missing or non-finite values fall
// back to the default and everything is clamped to [min, max], so outputs stay finite.
import type { ModelVariable } from './types.ts';

export type VariableValues<V extends readonly ModelVariable[]> = { [K in V[number]['name']]: number };

export function readVariables<const V extends readonly ModelVariable[]>(
  variables: V,
  vars: Readonly<Record<string, number>>,
): VariableValues<V> {
  const values: Record<string, number> = {};
  for (const variable of variables) {
    const raw = vars[variable.name];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : variable.default;
    values[variable.name] = Math.min(variable.max, Math.max(variable.min, value));
  }
  return values as VariableValues<V>;
}

/** A numeric setting, or its default when absent or not a finite number. */
export function numberSetting(settings: Readonly<Record<string, unknown>>, name: string, fallback: number): number {
  const raw = settings[name];
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : fallback;
}
