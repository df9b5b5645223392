// The CodeMirror 6 editor for a scenario file: YAML highlighting, line numbers, undo
// history, and the validator's problems as lint marks. Loaded only by the editor page
// (a dynamic import), so no other page downloads CodeMirror. Tab is left to the browser.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { IssueMark } from '../diagnostics.ts';
import { editorTheme } from './editorTheme.ts';

export interface YamlEditorOptions {
  text: string;
  /** The accessible name of the text area (the teacher's language). */
  label: string;
  /** id of an element describing the keys, for screen readers. */
  describedBy: string;
  /** Called with the whole text after every change the teacher makes. */
  onChange: (text: string) => void;
}

export interface YamlEditor {
  /** Replaces the text (a form edit, a restore) as one undoable change; the cursor stays put. */
  setText(text: string): void;
  /** Shows problems found in `forText`; ignored if the text has moved on since. */
  setMarks(marks: readonly IssueMark[], forText: string): void;
  /** Puts the cursor at an offset, scrolls it into view and focuses the editor. */
  focusAt(offset: number): void;
  setLabel(label: string): void;
  destroy(): void;
}

// Colours come from CSS custom properties the page defines, so they follow the light and
// dark themes and keep AA contrast on either background.
const highlightStyle = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: 'var(--cm-key)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cm-string)' },
  { tag: tags.lineComment, color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [tags.labelName, tags.typeName, tags.meta, tags.keyword], color: 'var(--cm-meta)' },
]);

/** Only what differs between two texts, so undo and the cursor behave as after typing. */
function minimalChange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { from: start, to: endBefore, insert: after.slice(start, endAfter) };
}

export function createYamlEditor(parent: HTMLElement, options: YamlEditorOptions): YamlEditor {
  const label = new Compartment();
  // An explicit tabindex on the (already focusable) content lets checkers such as axe see
  // that the scrolling box holds something keyboard users can reach; it adds no tab stop.
  const labelAttributes = (text: string) => EditorView.contentAttributes.of({ 'aria-label': text, 'aria-describedby': options.describedBy, tabindex: '0' });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(highlightStyle),
        yaml(),
        lintGutter(),
        // No indentWithTab: Tab and Shift-Tab keep moving focus, so the editor is no trap.
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.lineWrapping,
        editorTheme,
        label.of(labelAttributes(options.label)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    setText(text) {
      const current = view.state.doc.toString();
      if (text === current) return;
      view.dispatch({ changes: minimalChange(current, text) });
    },
    setMarks(marks, forText) {
      if (view.state.doc.toString() !== forText) return;
      const diagnostics: Diagnostic[] = marks.map((mark) => ({ from: mark.from, to: mark.to, severity: 'error', message: mark.message }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    focusAt(offset) {
      const at = Math.min(Math.max(0, offset), view.state.doc.length);
      view.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
    setLabel(text) {
      view.dispatch({ effects: label.reconfigure(labelAttributes(text)) });
    },
    destroy() {
      view.destroy();
    },
  };
}
