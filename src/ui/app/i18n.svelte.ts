// The UI language: follows the browser until the learner picks one, then remembers it.
// Components call `i18n.t(key)` and `i18n.pick(localized)`; both re-render on a switch.
import { interpolate, isLocale, matchLocale, type Locale, type Localized } from '../../engine/locale.ts';
import { en, zhCN, type MessageKey } from './i18n/index.ts';
import { cachedNumberFormat } from '../charts/formatNumber.ts';

export type { MessageKey };

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
export const LOCALE_STORAGE_KEY = 'loyalty-lab.locale';

function readStoredLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null; // storage blocked (privacy mode): fall back to the browser's language
  }
}

function browserLocale(): Locale {
  const nav = globalThis.navigator;
  return matchLocale(nav?.languages?.length ? nav.languages : [nav?.language ?? 'en']);
}

export class I18n {
  locale = $state<Locale>(readStoredLocale() ?? browserLocale());

  /** The UI string for `key` in the current language, with `{name}` filled from `vars`. */
  t = (key: MessageKey, vars?: Record<string, string | number>): string =>
    interpolate(MESSAGES[this.locale][key], vars);

  /** The current language's side of a two-language text from a scenario or lesson. */
  pick = (text: Localized | undefined | null): string => (text ? text[this.locale] : '');

  /** Formats a number for the current language (grouping, decimals). */
  number = (value: number, options?: Intl.NumberFormatOptions): string =>
    cachedNumberFormat(this.locale, options).format(value);

  setLocale(locale: Locale): void {
    this.locale = locale;
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // not remembered across reloads, but the switch itself still works
    }
  }
}

export const i18n = new I18n();
