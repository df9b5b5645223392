// The sandbox's decision controls: what the learner sets for each decision step (an option,
// an estimate, a budget split), or a strategy of the case taken as a preset. Only state: the
// engine plays the decisions (evaluateWithDecisions); steps left alone keep their defaults.
import { defaultAllocation, defaultChoice, defaultEstimate } from '../../engine/answers.ts';
import { strategyDecisions } from '../../engine/compare.ts';
import type { DecisionEntry } from '../../engine/decisions.ts';
import type { PreparedScenario } from '../../engine/prepared.ts';
import type { AllocateStep, ChoiceStep, EstimateStep } from '../../engine/scenario/schema.ts';

export type DecisionStep = ChoiceStep | EstimateStep | AllocateStep;

export class SandboxDecisions {
  readonly prepared: PreparedScenario;
  /** Per step id, its entries (a strategy may give an allocate step one per round). */
  entries = $state<Record<string, DecisionEntry[]>>({});
  /** The strategy last applied, until a control is moved. */
  strategy = $state<string | null>(null);

  constructor(prepared: PreparedScenario) {
    this.prepared = prepared;
  }

  /** Every decision step, in the case's order. */
  get steps(): DecisionStep[] {
    return this.prepared.scenario.steps.filter((s): s is DecisionStep => s.kind === 'choice' || s.kind === 'estimate' || s.kind === 'allocate');
  }

  /** The decisions set, in step order (empty: every step at its default). */
  get list(): DecisionEntry[] {
    return this.steps.flatMap((s) => this.entries[s.id] ?? []);
  }

  chosen(step: ChoiceStep): string[] {
    const entry = this.entries[step.id]?.[0];
    return entry?.choose !== undefined ? [entry.choose].flat() : defaultChoice(step);
  }

  estimate(step: EstimateStep): number {
    return this.entries[step.id]?.[0]?.estimate ?? defaultEstimate(step);
  }

  /** The split shown: the first round's of a strategy, or the one set, or the default. */
  allocation(step: AllocateStep): Record<string, number> {
    return this.entries[step.id]?.[0]?.allocate ?? defaultAllocation(step);
  }

  choose(step: ChoiceStep, option: string | string[]) {
    this.#set(step.id, { step: step.id, choose: step.multiple ? [option].flat() : [option].flat()[0]! });
  }

  setEstimate(step: EstimateStep, value: number) {
    if (Number.isFinite(value) && value >= step.min && value <= step.max) this.#set(step.id, { step: step.id, estimate: value });
  }

  /** One split for every round of the step. */
  allocate(step: AllocateStep, shares: Record<string, number>) {
    this.#set(step.id, { step: step.id, allocate: shares });
  }

  applyStrategy(id: string) {
    const grouped: Record<string, DecisionEntry[]> = {};
    for (const e of strategyDecisions(this.prepared, id)) (grouped[e.step] ??= []).push(e);
    this.entries = grouped;
    this.strategy = id;
  }

  reset() {
    this.entries = {};
    this.strategy = null;
  }

  #set(stepId: string, entry: DecisionEntry) {
    this.entries = { ...this.entries, [stepId]: [entry] };
    this.strategy = null;
  }
}
