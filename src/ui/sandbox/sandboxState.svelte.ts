// The sandbox's state: parameter values, seed and a pinned baseline, with the evaluation the
// engine derives from them. Components read it and call its methods; it computes nothing itself.
import type { Evaluation } from '../../engine/evaluate.ts';
import { resolveParams, type PreparedScenario } from '../../engine/prepared.ts';
import { evaluateWithDefaults } from '../../engine/sensitivity.ts';
import type { SandboxUrlState } from './sandboxUrl.ts';

export interface PinnedRun {
  params: Record<string, number>;
  seed: number;
  evaluation: Evaluation;
}

/** New seeds stay short enough to read out in class. */
const NEW_SEED_MAX = 99_999;

export class SandboxState {
  readonly prepared: PreparedScenario;
  readonly defaults: Record<string, number>;
  /** Replaced, never mutated, so the engine gets plain objects and each change is one update. */
  params = $state.raw<Record<string, number>>({});
  seed = $state(0);
  baseline = $state.raw<PinnedRun | null>(null);
  readonly evaluation: Evaluation = $derived.by(() => evaluateWithDefaults(this.prepared, { params: this.params, seed: this.seed }));

  constructor(prepared: PreparedScenario, initial: SandboxUrlState) {
    this.prepared = prepared;
    this.defaults = resolveParams(prepared.scenario);
    this.load(initial);
  }

  load(state: SandboxUrlState): void {
    this.params = resolveParams(this.prepared.scenario, state.params);
    this.seed = state.seed;
  }

  setParam(name: string, value: number): void {
    if (this.params[name] === value) return;
    this.params = { ...this.params, [name]: value };
  }

  /** A preset is a named configuration: the defaults with the preset's values on top. */
  applyPreset(id: string): void {
    const preset = this.prepared.scenario.presets?.[id];
    if (preset) this.params = resolveParams(this.prepared.scenario, preset.values);
  }

  resetToDefaults(): void {
    this.params = { ...this.defaults };
  }

  setSeed(seed: number): void {
    this.seed = seed;
  }

  /** A different seed from the current one, from the browser's random source (UI only; the engine stays seeded). */
  newSeed(draw: () => number = Math.random): void {
    const drawn = 1 + Math.floor(draw() * NEW_SEED_MAX);
    this.seed = drawn === this.seed ? (drawn % NEW_SEED_MAX) + 1 : drawn;
  }

  pinBaseline(): void {
    this.baseline = { params: this.params, seed: this.seed, evaluation: this.evaluation };
  }

  clearBaseline(): void {
    this.baseline = null;
  }
}
