// The draft being edited: its text (from the editor or the helper form), the latest check
// of that text (problems, preview, form values), and autosave. Checks run in a worker after
// a short pause in typing, so the page never stalls; form edits and restores go at once.
import type { Locale } from '../../engine/locale.ts';
import { Autosaver } from './autosave.svelte.ts';
import { checkDraftNow, toDraftCheck, type DraftCheck } from './draftCheck.ts';
import { DraftChecker } from './draftChecker.ts';
import { writeEditable, type EditPath, type EditValue } from './editable.ts';
import { draftTitle, type Draft, type DraftStore } from './draftStore.ts';

export const CHECK_DELAY_MS = 300;


/** Texts up to this many characters are checked on the main thread when the page opens (a few ms). */
const FIRST_CHECK_HERE_MAX = 64 * 1024;

function pendingCheck(text: string): DraftCheck {
  return { text, issues: [], prepared: null, editable: { ok: false, reason: 'broken-yaml' } };
}

export class DraftWorkspace {
  readonly id: string;
  /** The text as it was when the page opened: "restore" goes back to it. */
  readonly openedText: string;
  text = $state('');
  check = $state.raw<DraftCheck>() as DraftCheck;
  readonly saver: Autosaver;
  readonly #checker: DraftChecker;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(draft: Draft, store: Pick<DraftStore, 'saveDraft'>, locale: () => Locale, createWorker?: (() => Worker) | null) {
    this.id = draft.id;
    this.openedText = draft.text;
    this.text = draft.text;
    this.#checker = new DraftChecker((analysis) => (this.check = toDraftCheck(analysis)), createWorker);
    // The first look: at once for a file of ordinary size, so the page opens with its problems
    // and preview; a large one goes to the worker like every later check (no main-thread stall).
    const isLarge = draft.text.length > FIRST_CHECK_HERE_MAX && this.#checker.hasWorker;
    this.check = isLarge ? pendingCheck(draft.text) : checkDraftNow(draft.text);
    if (isLarge) this.#checker.request(draft.text);
    // The title comes from the latest check, never from parsing again on every save.
    let title = draft.title;
    this.saver = new Autosaver(store, draft.id, (text) => {
      if (this.check.text === text && this.check.editable.ok) title = draftTitle(text, locale(), title, this.check.editable);
      return title;
    });
  }

  /** A change typed in the editor. */
  edit(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.saver.schedule(text);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#checker.request(this.text), CHECK_DELAY_MS);
  }

  /** A value changed through the helper form; false when the file could not take it. */
  write(path: EditPath, value: EditValue): boolean {
    const result = writeEditable(this.text, path, value);
    if (!result.ok) return false;
    this.replace(result.text);
    return true;
  }

  /** A whole new text (a form edit, a restore): saved, and checked without waiting. */
  replace(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.saver.schedule(text);
    clearTimeout(this.#timer);
    this.#checker.request(text);
  }

  restoreOpened(): void {
    this.replace(this.openedText);
  }

  /** True while the problems shown belong to an older text. */
  get isChecking(): boolean {
    return this.check.text !== this.text;
  }

  /** Leaving the page: stop checking and save what is pending. */
  dispose(): Promise<void> {
    clearTimeout(this.#timer);
    this.#checker.dispose();
    return this.saver.flush();
  }
}
