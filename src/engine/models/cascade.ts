// The cascade model (issue 5, "Mrs. Smith walks away"): the value lost when one customer leaves
// and tells others, at the low and high ends of the range and as a distribution.
import type { ModelInput, ModelOutput, SimulationModel } from './types.ts';
import { cascadeVariables } from './cascade/variables.ts';
import { numberSetting, readVariables } from './readVariables.ts';
import { cascadeEnd, directLossOf } from './cascade/expected.ts';
import {
  DEFAULT_SAMPLES,
  distributionStats,
  histogram,
  sampleCount,
  sampleTotalLosses,
} from './cascade/distribution.ts';
import { distributionSeries, endsSeries, treeSeries, waterfallSeries } from './cascade/series.ts';

export { CASCADE_PRESETS, CascadePresetValues, type CascadePreset } from './cascade/presets.ts';
export { cascadeVariables, cascadeDefaults } from './cascade/variables.ts';

const HISTOGRAM_BINS = 12;

export const cascadeOutputNames = [
  'directLoss',
  'firstCircleLow', 'firstCircleHigh',
  'secondCircleLow', 'secondCircleHigh',
  'affectedLow', 'affectedHigh',
  'lostCustomersLow', 'lostCustomersHigh',
  'wordOfMouthLossLow', 'wordOfMouthLossHigh',
  'totalLossLow', 'totalLossHigh',
  'herOwnLossLow', 'herOwnLossHigh',
  'totalLossCeiling',
  'profitLossLow', 'profitLossHigh',
  'distMean', 'distP10', 'distP90',
] as const;

function runCascade(input: ModelInput): ModelOutput {
  const values = readVariables(cascadeVariables, input.vars);
  const directLoss = directLossOf(values.weeklySpend, values.weeksPerYear, values.years, values.discountRate);
  const low = cascadeEnd(values.toldLow, values, directLoss);
  const high = cascadeEnd(values.toldHigh, values, directLoss);
  // The source's "at least half" makes the textbook figures floors; its ceiling is everyone swayed.
  const ceiling = cascadeEnd(values.toldHigh, { ...values, influencedShare: 1 }, directLoss);
  const samples = sampleTotalLosses(
    input.random,
    values,
    directLoss,
    sampleCount(numberSetting(input.settings, 'samples', DEFAULT_SAMPLES)),
  );
  const stats = distributionStats(samples);
  const isFirstCircleCounted = values.countFirstCircle >= 0.5;
  return {
    outputs: {
      directLoss,
      firstCircleLow: low.firstCircle,
      firstCircleHigh: high.firstCircle,
      secondCircleLow: low.secondCircle,
      secondCircleHigh: high.secondCircle,
      affectedLow: low.affected,
      affectedHigh: high.affected,
      lostCustomersLow: low.lostCustomers,
      lostCustomersHigh: high.lostCustomers,
      wordOfMouthLossLow: low.wordOfMouthLoss,
      wordOfMouthLossHigh: high.wordOfMouthLoss,
      totalLossLow: low.totalLoss,
      totalLossHigh: high.totalLoss,
      herOwnLossLow: low.herOwnLoss,
      herOwnLossHigh: high.herOwnLoss,
      totalLossCeiling: ceiling.totalLoss,
      // The source counts lost sales (销售额); the store loses its margin on them.
      profitLossLow: values.grossMargin * low.totalLoss,
      profitLossHigh: values.grossMargin * high.totalLoss,
      distMean: stats.mean,
      distP10: stats.p10,
      distP90: stats.p90,
    },
    series: {
      tree: treeSeries(low, isFirstCircleCounted),
      treeHigh: treeSeries(high, isFirstCircleCounted),
      waterfall: waterfallSeries(low),
      waterfallHigh: waterfallSeries(high),
      ends: endsSeries(low, high),
      distribution: distributionSeries(histogram(samples, HISTOGRAM_BINS)),
    },
  };
}

export const cascadeModel: SimulationModel = {
  id: 'cascade',
  variables: cascadeVariables,
  outputs: cascadeOutputNames,
  series: {
    tree: 'tree',
    treeHigh: 'tree',
    waterfall: 'bars',
    waterfallHigh: 'bars',
    ends: 'bars',
    distribution: 'bars',
  },
  settings: { samples: DEFAULT_SAMPLES },
  run: runCascade,
};
