// Named settings of the cascade variables: the Chinese textbook's reading (the defaults) and
// Paul R. Timm's own arithmetic (442,000 rounded, 435,500 not). Derivation in docs/model/cascade.md.
import { cascadeDefaults, type CascadeValues } from './variables.ts';

export const CascadePresetValues = ['textbook', 'timm-original'] as const;
export type CascadePreset = (typeof CascadePresetValues)[number];

export const CASCADE_PRESETS: Readonly<Record<CascadePreset, Readonly<CascadeValues>>> = {
  textbook: { ...cascadeDefaults },
  // Timm's own count: she tells 11, each of them tells 5, and she is one of the people:
  // 1 + 11 + 55 = 67; a quarter is 16.75, which he rounds to 17; 17 × $26,000 = $442,000
  // (unrounded, 16.75 × $26,000 = $435,500). Her spend is not added again: she is among the 67.
  'timm-original': {
    ...cascadeDefaults,
    toldLow: 11,
    toldHigh: 11,
    influencedShare: 1,
    retell: 5,
    countFirstCircle: 1,
    herselfCounted: 1,
    includeHerself: 0,
    roundPeople: 1,
  },
};
