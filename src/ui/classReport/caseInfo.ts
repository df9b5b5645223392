// What the class report takes from a scenario file: its title, its decision steps (in the
// file's order) with option labels in both languages, and its dimension labels.
import type { Localized } from '../../engine/locale.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { dimensionLabel } from '../../engine/scoring/types.ts';
import type { CaseInfo, DecisionStepInfo } from './types.ts';

export function caseInfoOf(scenario: Scenario, title: Localized = scenario.title): CaseInfo {
  const steps: DecisionStepInfo[] = [];
  for (const step of scenario.steps) {
    const base = { id: step.id, title: step.title };
    if (step.kind === 'choice') {
      steps.push({ ...base, kind: 'choice', multiple: step.multiple === true, options: step.options.map(({ id, label }) => ({ id, label })), unit: null });
    } else if (step.kind === 'allocate') {
      steps.push({ ...base, kind: 'allocate', multiple: false, options: step.options.map(({ id, label }) => ({ id, label })), unit: null });
    } else if (step.kind === 'estimate') {
      steps.push({ ...base, kind: 'estimate', multiple: false, options: [], unit: step.unit ?? null });
    }
  }
  const dimensionLabels = Object.fromEntries(
    scenario.scoring.dimensions.map((d) => [d.id, dimensionLabel(d.id, d.label)]),
  );
  return { id: scenario.id, title, steps, dimensionLabels };
}
