// From the simulated months to the named outcomes: churn, hostage share, complaints, regulatory
// risk, trust, the regulator's month, fines and the hostage exodus. The formulas and their invented weights are in docs/model/switching.md.
import { SWITCHING_COEFFICIENTS as K } from './coefficients.ts';
import { quadrantMembership, QuadrantValues, type Quadrant } from './segments.ts';
import type { Trajectory } from './simulate.ts';
import type { ResponseEffect } from './responses.ts';

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Customers remaining at the end, by quadrant (soft membership, so they add up to the total). */
export function customersByQuadrant(trajectory: Trajectory): Record<Quadrant, number> {
  const totals: Record<Quadrant, number> = { defectors: 0, mercenaries: 0, hostages: 0, loyalists: 0 };
  for (const state of trajectory.final) {
    const membership = quadrantMembership(state.satisfaction, state.cost);
    for (const quadrant of QuadrantValues) totals[quadrant] += state.customers * membership[quadrant];
  }
  return totals;
}

export interface SwitchingOutcomes {
  retainedRevenue: number;
  churnAfterPortability: number;
  customersLost: number;
  hostageShare: number;
  complaints: number;
  regulatoryRisk: number;
  trust: number;
  hostageExodus: number;
  regulatorMonth: number;
  fines: number;
}

export function outcomesOf(trajectory: Trajectory, response: ResponseEffect): SwitchingOutcomes {
  const remaining = trajectory.final.reduce((sum, state) => sum + state.customers, 0);
  // From the head-counts, not the per-reason split, so agent mode reports whole customers.
  const customersLost = Math.max(0, trajectory.initialCustomers - remaining);
  const hostageShare = remaining > 0 ? customersByQuadrant(trajectory).hostages / remaining : 0;
  // Trust is the whole base's, leavers included (they still talk): weight by the starting shares.
  const satisfaction = trajectory.final.reduce((sum, state) => sum + state.segment.share * state.satisfaction, 0);
  const trust =
    100 *
    clamp01(
      K.trustBase +
        K.trustSatisfactionWeight * (satisfaction - 0.5) -
        K.trustHostageWeight * hostageShare -
        K.trustBreachWeight * trajectory.meanBreach +
        response.trustShift,
    );
  return {
    retainedRevenue: trajectory.revenue,
    churnAfterPortability: trajectory.initialCustomers > 0 ? clamp01(customersLost / trajectory.initialCustomers) : 0,
    customersLost,
    hostageShare: clamp01(hostageShare),
    complaints: trajectory.complaintsPer10k,
    regulatoryRisk: clamp01(trajectory.regulatoryRisk),
    trust,
    hostageExodus: trajectory.hostageExodus,
    regulatorMonth: trajectory.regulatorMonth,
    fines: trajectory.fine,
  };
}
