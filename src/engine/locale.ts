// The two languages every learner-facing text exists in. The engine needs them for its
// validation messages; the UI for everything else.
export const LocaleValues = ['zh-CN', 'en'] as const;
export type Locale = (typeof LocaleValues)[number];

/** A text in both languages, as scenario files and lesson indexes carry it. */
export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LocaleValues as readonly string[]).includes(value);
}

/** The best locale for a list of browser language tags (navigator.languages). */
export function matchLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Fills `{name}` placeholders; unknown names are left visible so a gap is noticed. */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
