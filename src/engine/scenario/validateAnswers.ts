// Checks of run-dependent answer keys: a choice option's `correct` formula and the `when`
// of each feedback case, both read on the state at that step (any name a transition may use).
import type { Scenario } from './schema.ts';
import { checkFormulaSite, type LocatedPush } from './checkFormulaSite.ts';
import type { NameKind } from './names.ts';

export function checkAnswerKeys(s: Scenario, names: Map<string, NameKind>, push: LocatedPush) {
  const steps = new Set(s.steps.map((st) => st.id));
  s.steps.forEach((step, i) => {
    if (step.kind !== 'choice') return;
    step.options.forEach((o, j) => {
      if (typeof o.correct === 'string') checkFormulaSite(o.correct, ['steps', i, 'options', j, 'correct'], { names, steps }, push);
      if (Array.isArray(o.feedback)) {
        o.feedback.forEach((c, k) => {
          if (c.when !== undefined) checkFormulaSite(c.when, ['steps', i, 'options', j, 'feedback', k, 'when'], { names, steps }, push);
        });
      }
    });
  });
}
