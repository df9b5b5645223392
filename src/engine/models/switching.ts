// The switching model (issues 7, 14, "the vanity-number penalty"): months after portability, who
// stays and who leaves as satisfaction meets three switching costs, the regulator, what Mr. Yang pays.
import type { ModelInput, ModelOutput, SimulationModel } from './types.ts';
import { readVariables } from './readVariables.ts';
import { switchingVariables } from './switching/variables.ts';
import { RESPONSE_EFFECTS, penaltyCollected, penaltyRefunded, readResponse } from './switching/responses.ts';
import { budgetIntensity, portfolioEffect, readShares } from './switching/portfolio.ts';
import { simulateSwitching } from './switching/simulate.ts';
import { outcomesOf } from './switching/outcomes.ts';
import { churnByKindSeries, mapSeries, retainedSeries } from './switching/series.ts';

export { switchingVariables } from './switching/variables.ts';
export { ResponseValues, type Response } from './switching/responses.ts';
export { LeverValues, type Lever } from './switching/portfolio.ts';
export { SWITCHING_COEFFICIENTS } from './switching/coefficients.ts';

export const switchingOutputNames = [
  'retainedRevenue',
  'churnAfterPortability',
  'customersLost',
  'hostageShare',
  'complaints',
  'regulatoryRisk',
  'trust',
  'yangOutcome',
  'fines',
  'penaltiesRefunded',
  'netRevenue',
  'hostageExodus',
  'regulatorMonth',
] as const;

const DEFAULT_SETTINGS = { respondStep: 'respond', portfolioStep: 'portfolio' } as const;

function stepSetting(settings: ModelInput['settings'], name: keyof typeof DEFAULT_SETTINGS): string {
  const value = settings[name];
  return typeof value === 'string' && value !== '' ? value : DEFAULT_SETTINGS[name];
}

function runSwitching(input: ModelInput): ModelOutput {
  const values = readVariables(switchingVariables, input.vars);
  const response = readResponse(input.decisions.choices[stepSetting(input.settings, 'respondStep')]);
  const shares = readShares(input.decisions.allocations[stepSetting(input.settings, 'portfolioStep')]);
  const trajectory = simulateSwitching({
    baseCustomers: values.baseCustomers,
    monthlySpend: values.monthlySpend,
    portabilityStrength: values.portabilityStrength,
    rivalOffer: values.rivalOffer,
    months: values.months,
    contractMonths: values.contractMonths,
    regulatorThreshold: values.regulatorThreshold,
    regulatorFine: values.regulatorFine,
    response: RESPONSE_EFFECTS[response],
    portfolio: portfolioEffect(shares, budgetIntensity(values.retentionBudget, values.baseCustomers)),
    random: input.mode === 'agent' ? input.random : undefined,
  });
  const outcomes = outcomesOf(trajectory, RESPONSE_EFFECTS[response]);
  const collected = penaltyCollected(response, values);
  const refunded = penaltyRefunded(response, values, trajectory.regulatorMonth > 0);
  return {
    outputs: {
      ...outcomes,
      yangOutcome: collected - refunded,
      penaltiesRefunded: refunded,
      // Plan revenue, plus the penalty kept, less the fine: what the carrier ends up with.
      netRevenue: outcomes.retainedRevenue + collected - refunded - outcomes.fines,
    },
    series: {
      churnByKind: churnByKindSeries(trajectory),
      map: mapSeries(trajectory),
      retained: retainedSeries(trajectory),
    },
  };
}

export const switchingModel: SimulationModel = {
  id: 'switching',
  variables: switchingVariables,
  outputs: switchingOutputNames,
  series: { churnByKind: 'lines', map: 'points', retained: 'bars' },
  settings: DEFAULT_SETTINGS,
  run: runSwitching,
};
