// One colour per thing, on every chart: a rung or a score dimension keeps its colour
// everywhere; anything else is coloured by its position. Colours are theme.css variables.
// The pinned ids are the engine's own (ladder rungs, shared dimensions): typed, not retyped.
import type { Rung } from '../../engine/models/ladder/ids.ts';
import type { SharedDimension } from '../../engine/scoring/types.ts';

/** The eight Okabe–Ito slots defined in theme.css as --chart-1 … --chart-8. */
export const PALETTE_SIZE = 8;

const RUNG_SLOTS: Record<Rung, number> = { potential: 7, target: 5, first: 2, repeat: 8, core: 1, advocate: 3, lost: 6 };
const DIMENSION_SLOTS: Record<SharedDimension, number> = { value: 1, relationship: 3, ethics: 4, insight: 2 };

/** Loyalty-ladder rungs and score dimensions, each pinned to a palette slot (1-based). */
export const KNOWN_COLOR_SLOTS: Readonly<Record<string, number>> = { ...RUNG_SLOTS, ...DIMENSION_SLOTS };

/** The palette slot (1–8) for an id: its pinned slot if known, else by index. */
export function colorSlotFor(id: string, index: number): number {
  const known = Object.hasOwn(KNOWN_COLOR_SLOTS, id) ? KNOWN_COLOR_SLOTS[id] : undefined;
  if (known !== undefined) return known;
  const wrapped = ((Math.trunc(index) % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE;
  return wrapped + 1;
}

/** A CSS colour for an id, e.g. `var(--chart-3)`; stable for known ids across charts. */
export function colorFor(id: string, index: number): string {
  return `var(--chart-${colorSlotFor(id, index)})`;
}
