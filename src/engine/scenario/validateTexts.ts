// Checks of `{{name}}` in texts (step bodies, event bodies, strategy descriptions): every
// name must be a parameter, state variable or metric; hidden parameters only in a debrief.
import { TEXT_NAME_PATTERN, textNames } from '../bindText.ts';
import type { Localized } from '../locale.ts';
import type { IssuePath } from './issues.ts';
import type { Scenario } from './schema.ts';
import type { LocatedPush } from './checkFormulaSite.ts';

export function checkTextNames(s: Scenario, push: LocatedPush) {
  const known = textNames(s);
  const hidden = new Set(Object.entries(s.parameters ?? {}).filter(([, p]) => p.hidden === true).map(([n]) => n));
  const check = (text: Localized | undefined, path: IssuePath, mayReveal: boolean) => {
    if (!text) return;
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const match of (text[locale] ?? '').matchAll(TEXT_NAME_PATTERN)) {
        const name = match[1]!;
        if (!known.has(name)) push([...path, locale], 'unknown-text-name', { name }, match.index);
        else if (hidden.has(name) && !mayReveal) push([...path, locale], 'hidden-param-in-text', { name }, match.index);
      }
    }
  };
  s.steps.forEach((step, i) => check(step.body, ['steps', i, 'body'], step.kind === 'debrief'));
  (s.events ?? []).forEach((e, i) => check(e.body, ['events', i, 'body'], false));
  (s.strategies ?? []).forEach((st, i) => check(st.description, ['strategies', i, 'description'], false));
}
