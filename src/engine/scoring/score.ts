// The one scoring engine: a rubric's dimension terms → 0–100 scores with feedback bands,
// a weighted total and a grade. The explanation is the list of terms and their points.
import type { Localized } from '../locale.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { DimensionScore, ScoreResult } from './types.ts';
import { own } from '../own.ts';

export const SHARED_DIMENSION_LABELS: Record<string, Localized> = {
  value: { en: 'Value', 'zh-CN': '价值' },
  relationship: { en: 'Relationship', 'zh-CN': '关系' },
  ethics: { en: 'Ethics', 'zh-CN': '伦理' },
  insight: { en: 'Insight', 'zh-CN': '洞察' },
};

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Scores the rubric given each term's points (same order as the rubric's terms). */
export function scoreRubric(rubric: Scenario['scoring'], termPoints: number[][]): ScoreResult {
  const dimensions: DimensionScore[] = rubric.dimensions.map((d, i) => {
    const points = termPoints[i] ?? [];
    const rawPoints = round1(points.reduce((a, b) => a + b, 0));
    const score = round1(clamp(rawPoints, 0, 100));
    const band = d.bands.find((b) => score >= b.min) ?? d.bands[d.bands.length - 1]!;
    return {
      id: d.id,
      label: d.label ?? own(SHARED_DIMENSION_LABELS, d.id) ?? { en: d.id, 'zh-CN': d.id },
      score,
      rawPoints,
      weight: d.weight,
      feedback: band.feedback,
      terms: d.terms.map((t, j) => ({ label: t.label, points: round1(points[j] ?? 0) })),
    };
  });
  const weightSum = dimensions.reduce((a, d) => a + d.weight, 0);
  const total = round1(dimensions.reduce((a, d) => a + d.score * d.weight, 0) / weightSum);
  const grade = rubric.grades.find((g) => total >= g.min) ?? rubric.grades[rubric.grades.length - 1]!;
  return { dimensions, total, grade: grade.grade, gradeLabel: grade.label };
}
