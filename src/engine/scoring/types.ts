// What the one scoring engine returns for an attempt. Dimensions are shared across all
// scenarios (value, relationship, ethics, insight) so profiles compare; a scenario may add more.
import type { Localized } from '../locale.ts';

export const SharedDimensionValues = ['value', 'relationship', 'ethics', 'insight'] as const;
export type SharedDimension = (typeof SharedDimensionValues)[number];

/** The shared dimensions' names: every page that names a dimension takes it from here. */
export const SHARED_DIMENSION_LABELS: Record<SharedDimension, Localized> = {
  value: { en: 'Value', 'zh-CN': '价值' },
  relationship: { en: 'Relationship', 'zh-CN': '关系' },
  ethics: { en: 'Ethics', 'zh-CN': '伦理' },
  insight: { en: 'Insight', 'zh-CN': '洞察' },
};

/** A dimension's name: the scenario's own label, else the shared name, else its id. */
export function dimensionLabel(id: string, label?: Localized): Localized {
  if (label) return label;
  return Object.hasOwn(SHARED_DIMENSION_LABELS, id) ? SHARED_DIMENSION_LABELS[id as SharedDimension] : { en: id, 'zh-CN': id };
}

export interface ScoreTerm {
  label: Localized;
  /** Points this term added to (or took from) the dimension's score, before clamping to 0–100. */
  points: number;
}

export interface DimensionScore {
  id: string;
  label: Localized;
  /** 0–100. */
  score: number;
  /** The terms' points added up before clamping to 0–100 (one decimal); differs from `score` when clamped. */
  rawPoints: number;
  weight: number;
  feedback: Localized;
  /** Which terms moved the score: the debrief shows them. */
  terms: ScoreTerm[];
}

export interface ScoreResult {
  dimensions: DimensionScore[];
  /** Weighted mean of the dimension scores, 0–100, rounded to one decimal. */
  total: number;
  grade: string;
  gradeLabel: Localized;
}

/** The compact form kept with an attempt and in export files. */
export interface ScoreSummary {
  dimensions: Record<string, number>;
  total: number;
  grade: string;
}

export function summarizeScores(result: ScoreResult): ScoreSummary {
  return {
    dimensions: Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
    total: result.total,
    grade: result.grade,
  };
}
