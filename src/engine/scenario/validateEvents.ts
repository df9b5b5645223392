// Checks of a case's `events:`: unique ids, `when`/`chance` formulas (which may also read
// `round`), a constant chance inside 0..1, and effects that change state variables only.
import type { Scenario } from './schema.ts';
import { checkFormulaSite, type LocatedPush } from './checkFormulaSite.ts';
import type { NameKind } from './names.ts';

export function checkEvents(s: Scenario, names: Map<string, NameKind>, push: LocatedPush) {
  const events = s.events ?? [];
  if (events.length === 0) return;
  const steps = new Set(s.steps.map((st) => st.id));
  const state = new Set(Object.keys(s.state ?? {}));
  const extra = new Set(['round']);
  // `round` means the rounds played in an event's formulas; a declared `round` would be shadowed.
  if (names.has('round')) push(['events'], 'event-round-name', {});
  const seen = new Set<string>();
  events.forEach((event, i) => {
    if (seen.has(event.id)) push(['events', i, 'id'], 'duplicate-id', { id: event.id });
    seen.add(event.id);
    checkFormulaSite(event.when, ['events', i, 'when'], { names, steps, extra }, push);
    if (event.chance !== undefined) {
      checkFormulaSite(event.chance, ['events', i, 'chance'], { names, steps, extra }, push);
      if (typeof event.chance === 'number' && (event.chance < 0 || event.chance > 1)) push(['events', i, 'chance'], 'chance-range', { value: event.chance });
    }
    for (const [name, formula] of Object.entries(event.effects ?? {})) {
      if (!state.has(name)) push(['events', i, 'effects', name], 'effect-not-state', { name });
      checkFormulaSite(formula, ['events', i, 'effects', name], { names, steps, forbidden: new Set<NameKind>(['metric', 'model']) }, push);
    }
  });
}
