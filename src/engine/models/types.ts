// The contract every built-in simulation model keeps: a pure function of settings,
// variables, decisions and a seeded random source, returning named numbers and series.
import type { Random } from '../random.ts';
import type { Series } from '../series.ts';
import type { Localized } from '../locale.ts';

/** What the learner decided so far, by step id. */
export interface Decisions {
  /** Choice steps: the option ids chosen. */
  choices: Record<string, string[]>;
  /** Estimate steps: the number entered. */
  estimates: Record<string, number>;
  /** Allocate steps: one entry per round played, option id → share of the budget (sums to 1). */
  allocations: Record<string, Record<string, number>[]>;
}

export interface ModelInput {
  /** The scenario's `model.settings` (e.g. which allocate step feeds the model). */
  settings: Record<string, string | number | boolean>;
  /** Scenario parameters and state variables, by name. A model reads the names it declares. */
  vars: Record<string, number>;
  decisions: Decisions;
  /** Seeded; a model must take all randomness from here (never Math.random). */
  random: Random;
  /** 'expected' (exact expected values, the default) or 'agent' (seeded draws). */
  mode: 'expected' | 'agent';
}

export interface ModelOutput {
  /** Named numbers, usable in the scenario's formulas by these names. All finite. */
  outputs: Record<string, number>;
  /** Named chart data. */
  series: Record<string, Series>;
}

export interface ModelVariable {
  name: string;
  /** Used when the scenario does not declare the variable. */
  default: number;
  min: number;
  max: number;
  label: Localized;
}

export interface SimulationModel {
  id: string;
  /** Variables the model reads from `vars`; the validator checks scenarios against them. */
  variables: readonly ModelVariable[];
  /** Names of every entry of `outputs` the model always returns. */
  outputs: readonly string[];
  /** Names of every entry of `series` the model always returns, with their kind. */
  series: Readonly<Record<string, Series['kind']>>;
  /** Settings the model accepts, with their defaults. */
  settings: Readonly<Record<string, string | number | boolean>>;
  run(input: ModelInput): ModelOutput;
}
