// A list of decisions — a `--decisions` file, a case's `strategies:` — and its check
// against the scenario. Shared by headless play, the CLI and the validator.
import type { PreparedScenario } from './prepared.ts';
import type { PlayProblem, PlayProblemCode } from './playMessages.ts';
import type { Scenario, Step } from './scenario/schema.ts';

/** One entry of a decisions file: `{ step, choose | estimate | allocate }`. */
export interface DecisionEntry {
  step: string;
  choose?: string | string[];
  estimate?: number;
  allocate?: Record<string, number>;
}

/** Which field of an entry a problem is about (for located validator errors). */
export const PROBLEM_FIELD: Record<string, keyof DecisionEntry | null> = {
  'no-such-step': 'step', 'needs-choose': 'choose', 'single-takes-one': 'choose', 'unknown-option': null,
  'estimate-range': 'estimate', 'shares-sum': 'allocate', 'no-decision': 'step',
};

/** Checks the decisions against the scenario's steps before anything is played (`n` counts from 1). */
export function checkDecisionList(steps: Map<string, Step>, entries: DecisionEntry[]): PlayProblem[] {
  const problems: PlayProblem[] = [];
  entries.forEach((e, i) => {
    const step = steps.get(e.step);
    const at = { n: i + 1, step: String(e.step) };
    const push = (code: PlayProblemCode, more: Record<string, string | number> = {}) => problems.push({ code, params: { ...at, ...more } });
    if (!step) return push('no-such-step');
    if (step.kind === 'choice') {
      const ids = new Set(step.options.map((o) => o.id));
      const chosen = [e.choose ?? []].flat();
      if (chosen.length === 0) push('needs-choose');
      if (chosen.length > 1 && !step.multiple) push('single-takes-one');
      for (const id of chosen) if (!ids.has(id)) push('unknown-option', { option: id });
    } else if (step.kind === 'estimate') {
      if (typeof e.estimate !== 'number' || e.estimate < step.min || e.estimate > step.max) push('estimate-range', { min: step.min, max: step.max });
    } else if (step.kind === 'allocate') {
      const shares = e.allocate ?? {};
      const ids = new Set(step.options.map((o) => o.id));
      for (const id of Object.keys(shares)) if (!ids.has(id)) push('unknown-option', { option: id });
      const sum = Object.values(shares).reduce((a, b) => a + b, 0);
      if (Object.values(shares).some((x) => typeof x !== 'number' || x < 0) || Math.abs(sum - 1) > 1e-6) push('shares-sum', { sum: Math.round(sum * 1e6) / 1e6 });
    } else push('no-decision', { kind: step.kind });
  });
  return problems;
}

export function checkDecisions(p: PreparedScenario, entries: DecisionEntry[]): PlayProblem[] {
  return checkDecisionList(p.steps, entries);
}

/** The decisions of the case's strategy `id`, or null when the case names no such strategy. */
export function findStrategy(s: Scenario, id: string): DecisionEntry[] | null {
  return s.strategies?.find((st) => st.id === id)?.decisions ?? null;
}
