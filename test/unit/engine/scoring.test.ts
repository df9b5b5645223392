// The one scoring engine: term points → clamped dimension scores, bands, weighted total, grade.
import { describe, expect, it } from 'vitest';
import { scoreRubric } from '../../../src/engine/scoring/score.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';

const t = (en: string) => ({ en, 'zh-CN': en });
const rubric: Scenario['scoring'] = {
  dimensions: [
    { id: 'value', weight: 2, terms: [{ label: t('a'), formula: 0 }, { label: t('b'), formula: 0 }], bands: [{ min: 70, feedback: t('high') }, { min: 0, feedback: t('low') }] },
    { id: 'ethics', weight: 1, terms: [{ label: t('c'), formula: 0 }], bands: [{ min: 0, feedback: t('any') }] },
    { id: 'craft', label: t('Craft'), weight: 1, terms: [{ label: t('d'), formula: 0 }], bands: [{ min: -10, feedback: t('any') }] },
  ],
  grades: [{ min: 85, grade: 'A', label: t('A') }, { min: 60, grade: 'B', label: t('B') }, { min: 0, grade: 'F', label: t('F') }],
};

describe('scoreRubric', () => {
  it.each([
    { name: 'sums terms and weights the total', points: [[40, 35], [90], [50]], scores: [75, 90, 50], total: 72.5, grade: 'B', feedback: 'high' },
    { name: 'clamps each dimension to 0..100', points: [[80, 70], [-20], [130]], scores: [100, 0, 100], total: 75, grade: 'B', feedback: 'high' },
    { name: 'rounds to one decimal', points: [[33.333, 0], [66.666], [0.05]], scores: [33.3, 66.7, 0.1], total: 33.4, grade: 'F', feedback: 'low' },
    { name: 'gives the top grade at its boundary', points: [[85, 0], [85], [85]], scores: [85, 85, 85], total: 85, grade: 'A', feedback: 'high' },
  ])('$name', ({ points, scores, total, grade, feedback }) => {
    const result = scoreRubric(rubric, points);
    expect(result.dimensions.map((d) => d.score)).toEqual(scores);
    expect(result.dimensions.map((d) => d.rawPoints)).toEqual(points.map((p) => Math.round(p.reduce((a, b) => a + b, 0) * 10) / 10));
    expect(result.total).toBe(total);
    expect(result.grade).toBe(grade);
    expect(result.dimensions[0]!.feedback.en).toBe(feedback);
  });

  it('explains each dimension by its terms and labels shared dimensions in both languages', () => {
    const result = scoreRubric(rubric, [[40, 35], [90], [50]]);
    expect(result.dimensions[0]!.terms).toEqual([{ label: t('a'), points: 40 }, { label: t('b'), points: 35 }]);
    expect(result.dimensions[0]!.label).toEqual({ en: 'Value', 'zh-CN': '价值' });
    expect(result.dimensions[2]!.label).toEqual(t('Craft'));
  });
});
