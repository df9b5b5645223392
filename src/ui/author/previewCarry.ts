// Keeping the preview's place while the teacher edits: the preview's last saved attempt is
// carried into the new version of the case when the attempt codec still decodes it there
// (the steps exist, every answer replays); otherwise the preview starts again. Parameters
// always take the new defaults, so an edited default shows at once.
import { decodeAttempt, type DecodedAttempt, type SavedAttempt } from '../../engine/attempt/index.ts';
import { isSettableValue } from '../../engine/parameters.ts';
import { resolveParams, type PreparedScenario } from '../../engine/prepared.ts';

/** The attempt to continue the preview with in `p`, or null to start from the first step. */
export function carryAttempt(p: PreparedScenario, saved: SavedAttempt | null): DecodedAttempt | null {
  if (!saved) return null;
  const step = p.steps.get(saved.step);
  if (!step) return null;
  const explore = Object.fromEntries(Object.entries(saved.explore).filter(([name, value]) => isSettableValue(p.scenario, step, name, value)));
  const decoded = decodeAttempt(
    { ...saved, scenarioId: p.scenario.id, scenarioVersion: p.scenario.version, params: resolveParams(p.scenario), explore },
    p,
  );
  return decoded.ok ? decoded : null;
}
