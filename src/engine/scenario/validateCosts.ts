// Checks of option costs: their formulas (worked out with the effects, before the model and
// the metrics, so they cannot read those), and that `costMoney`/`costTime` are not taken.
import { COST_NAMES, hasCosts } from '../costs.ts';
import type { Scenario } from './schema.ts';
import { checkFormulaSite, type LocatedPush } from './checkFormulaSite.ts';
import type { NameKind } from './names.ts';

export function checkCosts(s: Scenario, names: Map<string, NameKind>, push: LocatedPush) {
  if (!hasCosts(s)) return;
  for (const name of Object.values(COST_NAMES)) {
    if (s.parameters?.[name]) push(['parameters', name], 'cost-name-taken', { name });
    if (s.metrics?.[name]) push(['metrics', name], 'cost-name-taken', { name });
  }
  const steps = new Set(s.steps.map((st) => st.id));
  const forbidden = new Set<NameKind>(['metric', 'model']);
  s.steps.forEach((step, i) => {
    if (step.kind !== 'choice' && step.kind !== 'allocate') return;
    step.options.forEach((o, j) => {
      for (const kind of ['money', 'time'] as const) {
        const f = o.cost?.[kind];
        if (f !== undefined) checkFormulaSite(f, ['steps', i, 'options', j, 'cost', kind], { names, steps, forbidden }, push);
      }
    });
  });
}
