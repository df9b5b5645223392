// Checks of a case's `strategies:` (named decision sets): unique ids, and every decision
// naming a real step, real options, an estimate in range and shares summing to 1.
import type { ScenarioIssueCode } from './messages.ts';
import { checkDecisionList, PROBLEM_FIELD } from '../decisions.ts';
import type { IssuePath } from './issues.ts';
import type { Scenario } from './schema.ts';

type Push = (path: IssuePath, code: ScenarioIssueCode, params?: Record<string, string | number>) => void;

export function checkStrategies(s: Scenario, push: Push) {
  const strategies = s.strategies ?? [];
  const seen = new Set<string>();
  const steps = new Map(s.steps.map((st) => [st.id, st]));
  strategies.forEach((strategy, i) => {
    if (seen.has(strategy.id)) push(['strategies', i, 'id'], 'duplicate-id', { id: strategy.id });
    seen.add(strategy.id);
    for (const problem of checkDecisionList(steps, strategy.decisions)) {
      const n = Number(problem.params.n) - 1;
      const entry = strategy.decisions[n]!;
      let field: string | null = PROBLEM_FIELD[problem.code] ?? null;
      // An unknown option is located at the option itself: in `choose` or among the shares.
      if (problem.code === 'unknown-option') field = entry.allocate && problem.params.option! in entry.allocate ? 'allocate' : 'choose';
      const path: IssuePath = ['strategies', i, 'decisions', n];
      if (field && field in entry) path.push(field);
      if (problem.code === 'unknown-option' && field === 'allocate') path.push(String(problem.params.option));
      // checkDecisionList only reports codes that have a `strategy-` template (messagesSimulation.ts).
      push(path, `strategy-${problem.code}` as ScenarioIssueCode, { ...problem.params, strategy: strategy.id });
    }
  });
}
