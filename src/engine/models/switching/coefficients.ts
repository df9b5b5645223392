// Every invented coefficient of the switching model, named in one place. None comes from a
// source: they are illustrative choices for teaching, listed in docs/model/switching.md.

export const SWITCHING_COEFFICIENTS = {
  /** The most of a segment that leaves in one month, however strong the pull (people act slowly). */
  maxMonthlyLeaving: 0.08,
  /** How sharply leaving rises as the gain from switching passes the switching cost. */
  leavingSteepness: 12,
  /** Gain from switching added per unit of dissatisfaction (1 − satisfaction). */
  dissatisfactionPull: 0.5,
  /** Months until portability has its full effect (word spreads, the process gets known). */
  portabilityRampMonths: 2,
  /** Share of a financial barrier that rivals buy out (paying exit fees, porting bonuses) at rivalOffer = 1. */
  rivalBuyout: 0.5,
  /** Retention spend per customer per month (yuan) that counts as a full-strength budget (≈10% of a 299 plan). */
  referenceBudgetPerCustomer: 30,
  /** Diminishing returns: an effect reaches 1 − e^(−k · share · intensity) of its maximum. */
  diminishingReturns: 2,
  /** Relational and value investments build up with time constant of this many months. */
  relationshipBuildMonths: 2,
  /** Largest effects of the portfolio, at full strength (costs and satisfaction on 0–1 scales). */
  proceduralCostMax: 0.3,
  proceduralAnnoyanceMax: 0.05,
  financialCostMax: 0.35,
  relationalCostMax: 0.25,
  relationalSatisfactionMax: 0.12,
  valueSatisfactionMax: 0.25,
  /** Better value also matches part of the rival's offer: subtracted from the gain from switching. */
  valueGainCutMax: 0.1,
  /** How much portfolio barriers look like prohibited conduct (blocking porting, exit fees set too high). */
  proceduralBreachMax: 0.4,
  financialBreachMax: 0.1,
  /** Steepness of the soft split into quadrants at the 0.5 threshold. */
  quadrantSoftness: 12,
  /** Complaints per 10,000 customers per month: a floor, per unit of hostage share, per unit of breach. */
  baseComplaints: 3,
  hostageComplaints: 40,
  breachComplaints: 40,
  /** Trust = 100 × (base + weights × (satisfaction − 0.5, hostage share, breach) + the response's shift). */
  trustBase: 0.6,
  trustSatisfactionWeight: 0.6,
  trustHostageWeight: 0.5,
  trustBreachWeight: 0.3,
} as const;
