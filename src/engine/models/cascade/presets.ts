// Named settings of the cascade variables: the Chinese textbook's reading (the defaults) and
// Paul R. Timm's original arithmetic (442,000 both ends). Derivation in docs/model/cascade.md.
import { cascadeDefaults, type CascadeValues } from './variables.ts';

export const CascadePresetValues = ['textbook', 'timm-original'] as const;
export type CascadePreset = (typeof CascadePresetValues)[number];

export const CASCADE_PRESETS: Readonly<Record<CascadePreset, Readonly<CascadeValues>>> = {
  textbook: { ...cascadeDefaults },
  // 11 told, all of them pass it on to 5 each: 11 + 55 = 66 others; a quarter is 16.5, which
  // rounds (halves up) to Timm's 17; 17 × $26,000 = $442,000. Her own spend is not added:
  // Timm counts her among his 67, so adding it again would count her twice.
  'timm-original': {
    ...cascadeDefaults,
    toldLow: 11,
    toldHigh: 11,
    influencedShare: 1,
    retell: 5,
    countFirstCircle: 1,
    includeHerself: 0,
    roundPeople: 1,
  },
};
