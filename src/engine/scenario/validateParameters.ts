// Checks of the sandbox fields of parameters: a `plausible` range inside min..max and in
// order, and a `switch` that really is 0/1.
import type { ScenarioIssueCode } from './messages.ts';
import type { Scenario } from './schema.ts';
import type { IssuePath } from './issues.ts';

type Push = (path: IssuePath, code: ScenarioIssueCode, params?: Record<string, string | number>) => void;

export function checkParameterFields(s: Scenario, push: Push) {
  for (const [name, p] of Object.entries(s.parameters ?? {})) {
    if (p.plausible) {
      const [lo, hi] = p.plausible;
      if (lo > hi || lo < p.min || hi > p.max) push(['parameters', name, 'plausible'], 'plausible-range', { lo, hi, min: p.min, max: p.max });
    }
    if (p.switch === true && (p.min !== 0 || p.max !== 1)) push(['parameters', name, 'switch'], 'switch-range', { name, min: p.min, max: p.max });
  }
}
