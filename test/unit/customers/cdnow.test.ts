// THE check of the customer models against the literature: the CDNOW sample (2,357 customers
// of the 1997 Q1 cohort), calibration to 1997-09-30, fitted as Fader, Hardie & Lee (2005) did.
import { cdnowSamplePath } from '../../cdnowSample.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTransactions } from '../../../src/engine/customers/parse.ts';
import { customerHistories, summarize } from '../../../src/engine/customers/summary.ts';
import { dayNumber } from '../../../src/engine/customers/dates.ts';
import { fitBgNbd, repeatData } from '../../../src/engine/customers/bgnbd.ts';
import { fitGammaGamma } from '../../../src/engine/customers/gammaGamma.ts';

// Read in place from the shared data folder; the data is never copied into the project.
const SAMPLE = cdnowSamplePath();

describe('CDNOW sample, calibration ending 1997-09-30', () => {
  // Columns: customer id, id within the sample, date (YYYYMMDD), CDs bought, dollar value.
  const parsed = parseTransactions(readFileSync(SAMPLE, 'utf8'), { columns: ['customer', '-', 'date', 'quantity', 'amount'] });
  const summary = summarize(customerHistories(parsed.transactions), dayNumber(1997, 9, 30)!);

  it('reads every row and finds the paper\'s 2,357 customers', () => {
    expect(parsed.fatal).toBeNull();
    expect(parsed.badRows).toBe(0);
    expect(parsed.rows).toBe(6919);
    expect(summary).toHaveLength(2357);
    // The paper's calibration period is 39 weeks from 1997-01-01: 272 days to 1997-09-30.
    const jan1 = summary.filter((c) => c.first === dayNumber(1997, 1, 1));
    expect(jan1.length).toBeGreaterThan(0);
    for (const c of jan1) expect(c.T).toBeCloseTo(272 / 7, 12);
  });

  it('fits r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4 (FHL 2005, Marketing Science, p. 280)', () => {
    const fit = fitBgNbd(repeatData(summary));
    expect(fit.params.r.toFixed(3)).toBe('0.243');
    expect(fit.params.alpha.toFixed(3)).toBe('4.414');
    expect(fit.params.a.toFixed(3)).toBe('0.793');
    expect(fit.params.b.toFixed(3)).toBe('2.426');
    expect(fit.logLikelihood.toFixed(1)).toBe('-9582.4');
  });

  it('fits the Gamma-Gamma spend model to the 946 repeat buyers: p 6.25, q 3.74, γ 15.44 (Fader & Hardie 2013)', () => {
    const fit = fitGammaGamma(summary);
    expect(fit.customers).toBe(946);
    expect(fit.params.p.toFixed(2)).toBe('6.25');
    expect(fit.params.q.toFixed(2)).toBe('3.74');
    expect(fit.params.gamma.toFixed(2)).toBe('15.44');
  });
});
