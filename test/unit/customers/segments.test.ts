// ABC classes and RFM scores on small bases worked out by hand.
import { describe, expect, it } from 'vitest';
import { abcAnalysis } from '../../../src/engine/customers/abc.ts';
import { quintileScores, rfmAnalysis, segmentOf } from '../../../src/engine/customers/rfm.ts';

describe('ABC', () => {
  it('cuts at 20/30/50 % of customers ranked by revenue', () => {
    // ranked: 50 (A), 30, 10 (B: round(5·0.5) = 3 in A+B), 10, 0 (C); total 100
    const r = abcAnalysis([10, 50, 0, 30, 10]);
    expect(r.classOf).toEqual(['B', 'A', 'C', 'B', 'C']);
    expect(r.classes.A).toEqual({ customers: 1, customerShare: 0.2, revenue: 50, revenueShare: 0.5 });
    expect(r.classes.B).toMatchObject({ customers: 2, revenue: 40, revenueShare: 0.4 });
    expect(r.classes.C).toMatchObject({ customers: 2, revenue: 10, revenueShare: 0.1 });
    expect(r.lorenz.map((p) => p.revenue)).toEqual([0, 0.5, 0.8, 0.9, 1, 1]);
  });
  it('moves with the cut-offs', () => {
    const r = abcAnalysis([10, 50, 0, 30, 10], 0.4, 0.4);
    expect([r.classes.A.customers, r.classes.B.customers, r.classes.C.customers]).toEqual([2, 2, 1]);
    expect(r.classes.A.revenueShare).toBeCloseTo(0.8, 12);
  });
});

describe('RFM', () => {
  it('scores 1 + ⌊5L/n⌋ with L the customers strictly worse, so ties share a score', () => {
    expect(quintileScores([1, 1, 1, 2, 3, 4, 5, 6, 7, 8], true)).toEqual([1, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
    // recency: fewer weeks is better
    // recency: fewer weeks is better; the three 1s tie at L = 7 → 1 + ⌊35/10⌋ = 4, so no 5 at all
    expect(quintileScores([8, 7, 6, 5, 4, 3, 2, 1, 1, 1], false)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 4, 4]);
  });
  it('names segments from the R × F grid', () => {
    expect(segmentOf({ r: 5, f: 5, m: 1 })).toBe('champions');
    expect(segmentOf({ r: 3, f: 4, m: 1 })).toBe('loyal');
    expect(segmentOf({ r: 5, f: 1, m: 1 })).toBe('new');
    expect(segmentOf({ r: 3, f: 2, m: 1 })).toBe('promising');
    expect(segmentOf({ r: 1, f: 5, m: 1 })).toBe('atRisk');
    expect(segmentOf({ r: 2, f: 1, m: 1 })).toBe('hibernating');
    expect(segmentOf({ r: 1, f: 1, m: 1 })).toBe('lost');
  });
  it('counts segments and averages monetary value per grid cell', () => {
    const r = rfmAnalysis([
      { recency: 0, frequency: 5, monetary: 10 },
      { recency: 0, frequency: 5, monetary: 30 },
      { recency: 9, frequency: 1, monetary: 4 },
    ]);
    // recency 0 ties (L = 1 worse → 1 + ⌊5/3⌋ = 2); 9 is worst → 1. frequency 5 ties: L = 1 → 2.
    expect(r.scores.map((s) => [s.r, s.f])).toEqual([[2, 2], [2, 2], [1, 1]]);
    const cell = r.grid.find((c) => c.r === 2 && c.f === 2)!;
    expect(cell).toEqual({ r: 2, f: 2, customers: 2, meanMonetary: 20 });
    expect(r.counts.hibernating).toBe(2);
    expect(r.counts.lost).toBe(1);
  });
});
