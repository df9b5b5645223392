// The sandbox's state: parameter values, seed, a teacher's locks and a pinned baseline, with
// the evaluation the engine derives from them. Components read it and call its methods.
import type { Evaluation } from '../../engine/evaluate.ts';
import type { Locale } from '../../engine/locale.ts';
import { visibleParams } from '../../engine/parameters.ts';
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
  /** Parameters a teacher's link made read-only: nothing here changes them. */
  locked = $state.raw<readonly string[]>([]);
  /** Hidden parameters shown and settable (a debrief's link); otherwise they stay at their defaults. */
  isRevealed = $state(false);
  /** The language the link asked for, kept so the URL keeps carrying it. */
  lang = $state<Locale | null>(null);
  readonly evaluation: Evaluation = $derived.by(() => evaluateWithDefaults(this.prepared, { params: this.params, seed: this.seed }));
  /** The parameters the learner sees, in the scenario's order. */
  readonly visibleNames: readonly string[] = $derived.by(() =>
    this.isRevealed ? Object.keys(this.prepared.scenario.parameters ?? {}) : visibleParams(this.prepared.scenario),
  );

  constructor(prepared: PreparedScenario, initial: SandboxUrlState) {
    this.prepared = prepared;
    this.defaults = resolveParams(prepared.scenario);
    this.load(initial);
  }

  load(state: SandboxUrlState): void {
    this.params = resolveParams(this.prepared.scenario, state.params);
    this.seed = state.seed;
    this.locked = state.locked ?? [];
    this.isRevealed = state.isRevealed === true;
    this.lang = state.lang ?? null;
  }

  /** What the URL carries for this state. */
  get urlState(): SandboxUrlState {
    return { params: this.params, seed: this.seed, locked: [...this.locked], lang: this.lang ?? undefined, isRevealed: this.isRevealed };
  }

  /** Whether the learner may move `name`: shown, and not locked by the teacher. */
  isSettable(name: string): boolean {
    return this.visibleNames.includes(name) && !this.locked.includes(name);
  }

  setParam(name: string, value: number): void {
    if (!this.isSettable(name) || this.params[name] === value) return;
    this.params = { ...this.params, [name]: value };
  }

  /** A preset is a named configuration: the defaults with the preset's values on top (locked and hidden ones stay). */
  applyPreset(id: string): void {
    const preset = this.prepared.scenario.presets?.[id];
    if (preset) this.params = this.#keepingFixed(resolveParams(this.prepared.scenario, preset.values));
  }

  resetToDefaults(): void {
    this.params = this.#keepingFixed({ ...this.defaults });
  }

  /** `next` with every parameter the learner may not move kept where it is now. */
  #keepingFixed(next: Record<string, number>): Record<string, number> {
    const kept = Object.keys(next).filter((name) => !this.isSettable(name));
    return { ...next, ...Object.fromEntries(kept.map((name) => [name, this.params[name]!])) };
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
