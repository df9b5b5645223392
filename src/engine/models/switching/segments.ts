// The vanity-number base as four segments (illustrative shares and levels), and the soft split
// of a segment into Jones & Sasser's quadrants by satisfaction × total switching cost.
import type { Localized } from '../../locale.ts';
import { SWITCHING_COEFFICIENTS as K } from './coefficients.ts';

export interface Segment {
  id: string;
  label: Localized;
  /** Share of the base at the start. */
  share: number;
  /** Satisfaction, 0–1. */
  satisfaction: number;
  /** Switching costs before portability, 0–1: time/effort, money/benefits lost, emotional bonds. */
  procedural: number;
  financial: number;
  relational: number;
}

/** Before portability nobody could keep the number when leaving: everyone's procedural cost is high. */
export const SEGMENTS: readonly Segment[] = [
  { id: 'contented', label: { en: 'Regulars, content at the start', 'zh-CN': '起初满意的老客户' }, share: 0.3, satisfaction: 0.8, procedural: 0.7, financial: 0.15, relational: 0.3 },
  { id: 'price-minded', label: { en: 'Price-minded, satisfied at the start', 'zh-CN': '起初满意、看重价格' }, share: 0.25, satisfaction: 0.7, procedural: 0.7, financial: 0.1, relational: 0.1 },
  { id: 'contract-bound', label: { en: 'Contract-bound, unhappy at the start', 'zh-CN': '起初不满、受合约约束' }, share: 0.25, satisfaction: 0.3, procedural: 0.7, financial: 0.35, relational: 0.05 },
  { id: 'footloose', label: { en: 'No ties, unhappy at the start', 'zh-CN': '起初不满、无牵绊' }, share: 0.2, satisfaction: 0.35, procedural: 0.7, financial: 0.05, relational: 0.05 },
];

/** Two barriers together hold more than either alone, never more than completely: 1 − Π(1 − cost). */
export function totalSwitchingCost(procedural: number, financial: number, relational: number): number {
  return 1 - (1 - procedural) * (1 - financial) * (1 - relational);
}

export const QuadrantValues = ['defectors', 'mercenaries', 'hostages', 'loyalists'] as const;
export type Quadrant = (typeof QuadrantValues)[number];

/** In the order PointSeries wants: [low x low y, high x low y, low x high y, high x high y]. */
export const QUADRANT_LABELS: Record<Quadrant, Localized> = {
  defectors: { en: 'Defectors', 'zh-CN': '背叛者' },
  mercenaries: { en: 'Mercenaries', 'zh-CN': '图利者' },
  hostages: { en: 'Hostages', 'zh-CN': '人质' },
  loyalists: { en: 'Loyalists (apostles)', 'zh-CN': '忠诚者（传道者）' },
};

function aboveThreshold(value: number): number {
  return 1 / (1 + Math.exp(-K.quadrantSoftness * (value - 0.5)));
}

/**
 * How much of a segment falls in each quadrant. A segment far from the 0.5 lines is wholly in
 * one; one sitting on a line counts half on each side, so shares move smoothly with the sliders.
 */
export function quadrantMembership(satisfaction: number, cost: number): Record<Quadrant, number> {
  const satisfied = aboveThreshold(satisfaction);
  const bound = aboveThreshold(cost);
  return {
    defectors: (1 - satisfied) * (1 - bound),
    mercenaries: satisfied * (1 - bound),
    hostages: (1 - satisfied) * bound,
    loyalists: satisfied * bound,
  };
}
