// Loading a scenario file: text → parse → shape → semantic checks. Either a valid,
// typed Scenario or every problem at once, located and sorted by line.
import { sortIssues, type ScenarioIssue } from './issues.ts';
import { parseScenarioText } from './parse.ts';
import type { Locator } from './locate.ts';
import type { Scenario } from './schema.ts';
import { checkShape } from './shape.ts';
import { validateScenario } from './validate.ts';
import { checkRounds } from './checkRounds.ts';

const SHALLOW_CODES = new Set(['unknown-field', 'missing-translation', 'empty-text']);

function safeValidate(data: unknown, locator: Locator): ScenarioIssue[] {
  try {
    return validateScenario(data as Scenario, locator);
  } catch {
    return []; // the shape problems already reported are what the teacher must fix first
  }
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

export function loadScenario(text: string): LoadResult {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return parsed;
  const shaped = checkShape(parsed.data, parsed.locator);
  if (!shaped.ok) {
    // When the structure is sound (only stray fields or missing texts), the deeper checks
    // can run too, so the teacher sees every problem in one go.
    const deeper = shaped.issues.every((i) => SHALLOW_CODES.has(i.code)) ? safeValidate(parsed.data, parsed.locator) : [];
    return { ok: false, issues: sortIssues([...shaped.issues, ...deeper]) };
  }
  const validated = validateScenario(shaped.scenario, parsed.locator);
  // Round counts are worked out by formulas, so they are checked once every formula is known to be sound.
  const issues = validated.length ? validated : checkRounds(shaped.scenario, parsed.locator);
  return issues.length ? { ok: false, issues: sortIssues(issues) } : { ok: true, scenario: shaped.scenario };
}
