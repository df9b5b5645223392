// The app's progress API: one object the player, the progress page and the authoring
// pages call. It opens the store on first use (IndexedDB, else memory) and runs writes one
// at a time, so events recorded in quick succession are all kept and kept in order.
import * as attempts from './attempts.ts';
import type { FinishAttemptUpdate, RecordEventUpdate, RepositoryContext, StartAttemptInput } from './attempts.ts';
import { attemptsToCsv } from './csv.ts';
import * as drafts from './drafts.ts';
import type { SaveDraftInput } from './drafts.ts';
import { buildProgressFile, exportFileName, progressFileToJson } from './exportFile.ts';
import { importProgress, type ImportResult } from './importFile.ts';
import type { ImportCases } from './importReplay.ts';
import { openProgressStore } from './openStore.ts';
import { requestPersistence, type StorageManagerLike } from './persistence.ts';
import * as settings from './settings.ts';
import type { ProgressStore } from './store.ts';
import { storageStatus, type StorageStatus } from './storageStatus.svelte.ts';
import type { Attempt, Draft, LearnerInfo } from './types.ts';
import type { PlayEvent } from '../engine/machine/events.ts';
import { newId } from './uuid.ts';

export interface ProgressOptions {
  open?: () => Promise<ProgressStore>;
  status?: StorageStatus;
  now?: () => Date;
  newId?: () => string;
  /** navigator.storage by default; tests pass a fake. */
  storageManager?: StorageManagerLike;
}

export interface ExportedText {
  fileName: string;
  mimeType: string;
  text: string;
}

export class Progress {
  readonly status: StorageStatus;
  readonly storageManager: StorageManagerLike | undefined;
  #open: () => Promise<ProgressStore>;
  #store: Promise<ProgressStore> | null = null;
  #now: () => Date;
  #newId: () => string;
  /** Mutations queue here: read-modify-write of one attempt must not interleave. */
  #writes: Promise<unknown> = Promise.resolve();
  #askedForPersistence = false;

  constructor(options: ProgressOptions = {}) {
    this.status = options.status ?? storageStatus;
    this.storageManager = options.storageManager ?? globalThis.navigator?.storage;
    this.#open = options.open ?? (() => openProgressStore({ status: this.status, storageManager: this.storageManager }));
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? newId;
  }

  /** The opened store (opening it on first call). */
  store(): Promise<ProgressStore> {
    this.#store ??= this.#open();
    return this.#store;
  }

  async #context(): Promise<RepositoryContext> {
    return { store: await this.store(), now: this.#now, newId: this.#newId };
  }

  #serial<T>(run: () => Promise<T>): Promise<T> {
    const result = this.#writes.then(run);
    this.#writes = result.catch(() => undefined);
    return result;
  }

  // ── attempts ──────────────────────────────────────────────────────────────
  startAttempt(input: StartAttemptInput): Promise<Attempt> {
    // The first attempt is the moment progress becomes worth keeping: ask for persistence.
    if (!this.#askedForPersistence) {
      this.#askedForPersistence = true;
      void this.store().then((s) => s.kind === 'indexeddb' && requestPersistence(this.status, this.storageManager));
    }
    return this.#serial(async () => attempts.startAttempt(await this.#context(), input));
  }

  recordEvent(attemptId: string, event: PlayEvent, update: RecordEventUpdate): Promise<Attempt | null> {
    return this.#serial(async () => attempts.recordEvent(await this.#context(), attemptId, event, update));
  }

  finishAttempt(attemptId: string, update: FinishAttemptUpdate): Promise<Attempt | null> {
    return this.#serial(async () => attempts.finishAttempt(await this.#context(), attemptId, update));
  }

  deleteAttempt(attemptId: string): Promise<void> {
    return this.#serial(async () => attempts.deleteAttempt(await this.store(), attemptId));
  }

  async getAttempt(attemptId: string): Promise<Attempt | undefined> {
    return attempts.getAttempt(await this.store(), attemptId);
  }

  async listAttempts(): Promise<Attempt[]> {
    return attempts.listAttempts(await this.store());
  }

  async latestUnfinished(scenarioId?: string): Promise<Attempt | undefined> {
    return attempts.latestUnfinished(await this.store(), scenarioId);
  }

  /** Calls `next` with every attempt (newest first) now and after every change, in any tab. */
  watchAttempts(next: (list: Attempt[]) => void, error?: (reason: unknown) => void): () => void {
    let stop: (() => void) | null = null;
    let stopped = false;
    void this.store().then((store) => {
      if (!stopped) stop = store.watch(() => attempts.listAttempts(store), next, error);
    }, error);
    return () => {
      stopped = true;
      stop?.();
    };
  }

  // ── settings ──────────────────────────────────────────────────────────────
  async getLearner(): Promise<LearnerInfo> {
    return settings.getLearner(await this.store());
  }

  setLearner(learner: LearnerInfo): Promise<void> {
    return this.#serial(async () => settings.setLearner(await this.store(), learner));
  }

  // ── drafts ────────────────────────────────────────────────────────────────
  saveDraft(input: SaveDraftInput): Promise<Draft> {
    return this.#serial(async () => drafts.saveDraft(await this.#context(), input));
  }

  async getDraft(id: string): Promise<Draft | undefined> {
    return drafts.getDraft(await this.store(), id);
  }

  async listDrafts(): Promise<Draft[]> {
    return drafts.listDrafts(await this.store());
  }

  deleteDraft(id: string): Promise<void> {
    return this.#serial(async () => drafts.deleteDraft(await this.store(), id));
  }

  // ── export / import ───────────────────────────────────────────────────────
  async exportJson(): Promise<ExportedText> {
    const now = this.#now();
    const file = buildProgressFile(await this.listAttempts(), await this.getLearner(), now);
    return { fileName: exportFileName('json', now), mimeType: 'application/json', text: progressFileToJson(file) };
  }

  async exportCsv(): Promise<ExportedText> {
    const list = (await this.listAttempts()).reverse(); // oldest first reads naturally in a sheet
    return { fileName: exportFileName('csv', this.#now()), mimeType: 'text/csv;charset=utf-8', text: attemptsToCsv(list) };
  }

  importFile(text: string, knownScenarioIds: Iterable<string>, cases?: ImportCases): Promise<ImportResult> {
    return this.#serial(async () => importProgress(await this.store(), text, knownScenarioIds, cases));
  }
}

/** The app's one progress API. */
export const progress = new Progress();
