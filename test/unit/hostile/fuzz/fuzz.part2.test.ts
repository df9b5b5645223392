// The fuzz test, part 3 of 4 (issue 22, finding 10): see runFuzz.ts and mutate.ts.
// Four files so vitest spreads the 10,000 mutated cases over the machine's cores.
import { describe, expect, it } from 'vitest';
import { FUZZ_FILES, FUZZ_PARTS, runFuzzPart } from './runFuzz.ts';

describe('fuzzed case files, part 3', () => {
  it('each is accepted or refused quietly, and each accepted one plays to a score in 0–100', { timeout: 900_000 }, () => {
    const outcome = runFuzzPart(2);
    expect(outcome.files).toBe(FUZZ_FILES / FUZZ_PARTS);
    expect(outcome.failures).toEqual([]);
    // A run that accepts nothing tests nothing: mutations that keep a case valid must occur.
    expect(outcome.accepted).toBeGreaterThan(100);
  });
});
