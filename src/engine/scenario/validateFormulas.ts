// Load-time checks of every formula in a scenario: syntax (pointing at the character),
// unknown names and functions, accuracy() on a choice step, and metric order.
import { checkFormula, formulaNames, formulaSteps, parseFormula } from '../expr/index.ts';
import type { SimulationModel } from '../models/types.ts';
import type { ScenarioIssue, IssuePath } from './issues.ts';
import type { ScenarioIssueCode } from './messages.ts';
import type { Locator } from './locate.ts';
import { scenarioNames } from './names.ts';
import type { Scenario } from './schema.ts';

interface FormulaSite {
  path: IssuePath;
  source: string | number;
  /** Names a metric formula may not use: metrics declared at or after it. */
  laterMetrics?: Set<string>;
  /** Effects run before the model and the metrics, so they cannot read them. */
  isEffect?: boolean;
}

function formulaSites(s: Scenario): FormulaSite[] {
  const sites: FormulaSite[] = [];
  const metricNames = Object.keys(s.metrics ?? {});
  metricNames.forEach((name, i) => {
    sites.push({ path: ['metrics', name, 'formula'], source: s.metrics![name]!.formula, laterMetrics: new Set(metricNames.slice(i)) });
  });
  s.steps.forEach((step, i) => {
    if (Array.isArray(step.next)) step.next.forEach((t, j) => t.when !== undefined && sites.push({ path: ['steps', i, 'next', j, 'when'], source: t.when }));
    if (step.kind === 'choice') {
      step.options.forEach((o, j) => {
        for (const [name, f] of Object.entries(o.effects ?? {})) sites.push({ path: ['steps', i, 'options', j, 'effects', name], source: f, isEffect: true });
      });
    }
    if (step.kind === 'allocate') {
      if (step.rounds !== undefined) sites.push({ path: ['steps', i, 'rounds'], source: step.rounds });
      if (step.budget !== undefined) sites.push({ path: ['steps', i, 'budget'], source: step.budget });
    }
  });
  s.scoring.dimensions.forEach((d, i) => d.terms.forEach((t, j) => sites.push({ path: ['scoring', 'dimensions', i, 'terms', j, 'formula'], source: t.formula })));
  return sites;
}

export function validateFormulas(s: Scenario, model: SimulationModel | null, locator: Locator): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const names = scenarioNames(s, model);
  const choiceSteps = new Set(s.steps.filter((st) => st.kind === 'choice').map((st) => st.id));
  const allSteps = new Set(s.steps.map((st) => st.id));
  const push = (path: IssuePath, code: ScenarioIssueCode, params: Record<string, string | number>, index?: number) =>
    issues.push({ code, params, path, ...locator.at(path, index) });

  for (const site of formulaSites(s)) {
    if (typeof site.source === 'number') continue;
    const parsed = parseFormula(site.source);
    if (!parsed.ok) {
      push(site.path, 'formula', { ...parsed.error.params, formulaCode: parsed.error.code, index: parsed.error.index }, parsed.error.index);
      continue;
    }
    const errors = checkFormula(parsed.formula, (name) => names.has(name), (id) => allSteps.has(id));
    for (const e of errors) push(site.path, 'formula', { ...e.params, formulaCode: e.code, index: e.index }, e.index);
    if (site.laterMetrics) {
      for (const name of formulaNames(parsed.formula)) {
        if (site.laterMetrics.has(name)) push(site.path, 'later-metric', { name }, site.source.indexOf(name));
      }
    }
    if (site.isEffect) {
      for (const name of formulaNames(parsed.formula)) {
        const kind = names.get(name);
        if (kind === 'metric' || kind === 'model') push(site.path, 'effect-uses-result', { name }, site.source.indexOf(name));
      }
    }
    for (const id of formulaSteps(parsed.formula)) {
      if (allSteps.has(id) && !choiceSteps.has(id)) push(site.path, 'not-choice-step', { id }, site.source.indexOf(id));
    }
  }
  return issues;
}

