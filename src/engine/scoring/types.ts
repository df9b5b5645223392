// What the one scoring engine returns for an attempt. Dimensions are shared across all
// scenarios (value, relationship, ethics, insight) so profiles compare; a scenario may add more.
import type { Localized } from '../locale.ts';

export const SharedDimensionValues = ['value', 'relationship', 'ethics', 'insight'] as const;
export type SharedDimension = (typeof SharedDimensionValues)[number];

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
