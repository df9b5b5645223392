// The debrief's "open in the what-if sandbox" link: the sandbox starts from the attempt's own
// parameter values, and with `reveal=1` when the case hid some of them (the debrief has shown them).
import { hiddenParams } from '../../engine/parameters.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { REVEAL_KEY, presetsQuery } from '../scenario/classroomPresets.ts';

export function debriefSandboxHref(scenario: Scenario, params: Record<string, number>): string {
  const moved = Object.fromEntries(
    Object.entries(scenario.parameters ?? {}).flatMap(([name, p]) => (params[name] !== undefined && params[name] !== p.default ? [[name, params[name]]] : [])),
  );
  const query = presetsQuery(scenario, { params: moved, locked: [], lang: null });
  if (hiddenParams(scenario).length > 0) query.set(REVEAL_KEY, '1');
  const text = query.toString();
  return `#/sandbox/${encodeURIComponent(scenario.id)}${text ? `?${text}` : ''}`;
}
