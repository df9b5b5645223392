// One formula of the simulation fields checked at load time, located at its character:
// syntax, unknown names (with extra names such as `round` allowed), and names it may not read.
import { checkFormula, formulaNames, parseFormula } from '../expr/index.ts';
import type { IssuePath } from './issues.ts';
import type { ScenarioIssueCode } from './messages.ts';
import type { NameKind } from './names.ts';

export type LocatedPush = (path: IssuePath, code: ScenarioIssueCode, params: Record<string, string | number>, index?: number) => void;

export interface SiteRules {
  names: Map<string, NameKind>;
  steps: Set<string>;
  /** Names allowed here besides the scenario's (e.g. `round` in an event's `when`). */
  extra?: Set<string>;
  /** Kinds of name this formula may not read (effects run before metrics and the model). */
  forbidden?: Set<NameKind>;
}

/** Checks `source` at `path`; returns false when it could not even be parsed. */
export function checkFormulaSite(source: string | number, path: IssuePath, rules: SiteRules, push: LocatedPush): boolean {
  if (typeof source === 'number') return true;
  const parsed = parseFormula(source);
  if (!parsed.ok) {
    push(path, 'formula', { ...parsed.error.params, formulaCode: parsed.error.code, index: parsed.error.index }, parsed.error.index);
    return false;
  }
  const known = (name: string) => rules.names.has(name) || (rules.extra?.has(name) ?? false);
  for (const e of checkFormula(parsed.formula, known, (id) => rules.steps.has(id))) {
    push(path, 'formula', { ...e.params, formulaCode: e.code, index: e.index }, e.index);
  }
  for (const name of formulaNames(parsed.formula)) {
    const kind = rules.names.get(name);
    if (kind && rules.forbidden?.has(kind)) push(path, 'effect-uses-result', { name }, source.indexOf(name));
  }
  return true;
}
