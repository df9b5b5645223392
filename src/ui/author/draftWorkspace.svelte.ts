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
    // The first look happens here, at once, so the page opens with its problems and preview.
    this.check = checkDraftNow(draft.text);
    this.saver = new Autosaver(store, draft.id, (text) => draftTitle(text, locale(), draft.title));
    this.#checker = new DraftChecker((analysis) => (this.check = toDraftCheck(analysis)), createWorker);
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
