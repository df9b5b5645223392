// The one scoring engine: a rubric's dimension terms → 0–100 scores with feedback bands,
// a weighted total and a grade. The explanation is the list of terms and their points.
import type { Scenario } from '../scenario/schema.ts';
import { dimensionLabel, type DimensionScore, type ScoreResult } from './types.ts';

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
      label: dimensionLabel(d.id, d.label),
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
