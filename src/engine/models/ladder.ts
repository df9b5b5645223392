// The `ladder` simulation model: a coffee chain's customers climbing and falling the loyalty
// ladder quarter by quarter as the learner splits a budget over six levers. Maths: docs/model/ladder.md.
import type { FlowSeries } from '../series.ts';
import type { ModelInput, SimulationModel } from './types.ts';
import { ladderOutputNames, ladderOutputs } from './ladder/outputs.ts';
import { customersSeries, flowSeries, profitSeries, quadrantSeries, rungsSeries, typesSeries } from './ladder/series.ts';
import { defaultAllocateStep, simulateLadder, type QuarterState } from './ladder/simulate.ts';
import { ladderVariables } from './ladder/variables.ts';

export { BuyingRungValues, LeverValues, LoyaltyTypeValues, RungValues } from './ladder/ids.ts';
export type { BuyingRung, Lever, LoyaltyType, Rung } from './ladder/ids.ts';
export { simulateLadder, type LadderRun, type QuarterState } from './ladder/simulate.ts';
export type { LadderOutputName } from './ladder/outputs.ts';

/**
 * The flows of quarter `quarter` (1 = the first quarter played; clamped to those played; 0 or
 * none played gives an empty chart). The run draws again from `input.random` (whether the
 * rival opens; agent mode's moves): pass a fresh generator with the run's seed to see its quarter.
 */
export function ladderFlowsForQuarter(input: ModelInput, quarter: number): FlowSeries {
  const { states } = simulateLadder(input);
  const index = Math.min(states.length - 1, Math.max(0, Math.round(quarter)));
  return flowSeries(states[index] as QuarterState);
}

export const ladderModel: SimulationModel = {
  id: 'ladder',
  variables: ladderVariables,
  outputs: ladderOutputNames,
  series: { rungs: 'lines', customers: 'lines', profit: 'lines', flows: 'flows', quadrant: 'points', types: 'bars' },
  settings: { allocateStep: defaultAllocateStep },
  run(input) {
    const run = simulateLadder(input);
    const end = run.states[run.states.length - 1] as QuarterState;
    // flowQuarter picks the quarter the flow chart shows; 0 or one not played shows the last.
    const chosen = run.params.flowQuarter;
    const flowState = chosen >= 1 && chosen < run.states.length ? (run.states[chosen] as QuarterState) : end;
    return {
      outputs: ladderOutputs(run),
      series: {
        rungs: rungsSeries(run),
        customers: customersSeries(run),
        profit: profitSeries(run),
        flows: flowSeries(flowState),
        quadrant: quadrantSeries(end),
        types: typesSeries(end, run.params.typeSpread),
      },
    };
  },
};
