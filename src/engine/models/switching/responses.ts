// The five answers to Mr. Yang and what each does to him and, because other holders and the
// media watch, to the whole base. All magnitudes are illustrative (docs/model/switching.md).
import type { SwitchingValues } from './variables.ts';

export const ResponseValues = ['enforce-penalty', 'add-procedures', 'partial-waiver', 'review-contract', 'waive-and-compete'] as const;
export type Response = (typeof ResponseValues)[number];

/** Used when the respond step is missing or unknown: check what he signed, the neutral, lawful course. */
export const DEFAULT_RESPONSE: Response = 'review-contract';

export interface ResponseEffect {
  /** Added to every segment's satisfaction for the whole period. */
  satisfactionShift: number;
  /** Added to every segment's financial switching cost (others learn what leaving costs); a
   *  positive shift is a stretched term, voided by the regulator. */
  financialShift: number;
  /** Extra procedural cost while added procedures last (until the regulator voids them). */
  addedProcedures: number;
  /** Complaints per 10,000 customers in the first month (the story in the news). */
  complaintShock: number;
  /** How much the conduct looks like a prohibited act, 0–1, for the whole period. */
  breach: number;
  /** Added to trust (0–1 scale) directly: fairness seen in public. */
  trustShift: number;
  /** Subtracted from the gain from switching (a better offer matches the rival). */
  gainCut: number;
  /** Multiplies the monthly spend (price concessions). */
  priceFactor: number;
}

const neutral: ResponseEffect = {
  satisfactionShift: 0, financialShift: 0, addedProcedures: 0, complaintShock: 0,
  breach: 0, trustShift: 0, gainCut: 0, priceFactor: 1,
};

export const RESPONSE_EFFECTS: Record<Response, ResponseEffect> = {
  'enforce-penalty': { ...neutral, satisfactionShift: -0.08, financialShift: 0.15, complaintShock: 30, breach: 0.3, trustShift: -0.1 },
  'add-procedures': { ...neutral, satisfactionShift: -0.06, addedProcedures: 0.4, complaintShock: 20, trustShift: -0.1 },
  'partial-waiver': { ...neutral, satisfactionShift: -0.02, financialShift: 0.06, complaintShock: 10, breach: 0.15, trustShift: -0.03 },
  'review-contract': { ...neutral, satisfactionShift: 0.02, trustShift: 0.03 },
  'waive-and-compete': { ...neutral, satisfactionShift: 0.05, financialShift: -0.05, trustShift: 0.06, gainCut: 0.05, priceFactor: 0.95 },
};

/** Added procedures count as a full breach (delaying porting is prohibited) while they last. */
export const ADDED_PROCEDURES_BREACH = 1;

/** Share of the penalty still collected after a partial waiver (illustrative: half). */
export const PARTIAL_WAIVER_SHARE = 0.5;

export function readResponse(chosen: readonly string[] | undefined): Response {
  const first = chosen?.[0];
  return (ResponseValues as readonly string[]).includes(first ?? '') ? (first as Response) : DEFAULT_RESPONSE;
}

/** The penalty collected from Mr. Yang when he ports (yuan), before any refund. */
export function penaltyCollected(response: Response, values: SwitchingValues): number {
  switch (response) {
    case 'enforce-penalty':
      return values.yangPenalty;
    case 'partial-waiver':
      return values.yangPenalty * PARTIAL_WAIVER_SHARE;
    case 'add-procedures':
    // No penalty. The plan fees he pays while held up are not a cost: he used the service.
    case 'review-contract':
    case 'waive-and-compete':
      return 0;
  }
}

/**
 * Refunded when the regulator voids the obstruction: a penalty resting on a term he says he
 * never signed (enforced whole or in part) is what the rules forbid using to block porting.
 */
export function penaltyRefunded(response: Response, values: SwitchingValues, regulatorActed: boolean): number {
  return regulatorActed ? penaltyCollected(response, values) : 0;
}
