/** The locales the product speaks; French is the default and lives at `/`. */
export const LOCALES = ['fr', 'en'] as const;

/** One of the product's locales. */
export type Locale = (typeof LOCALES)[number];

/** The locale served without a path prefix. */
export const DEFAULT_LOCALE: Locale = 'fr';

/**
 * The BCP 47 tag of each locale, for `Intl`, `<html lang>`, `hreflang` and the PDF's `/Lang`.
 * English is British English: the product writes `organisation`, dates as « 30 November 2026 ».
 */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** The BCP 47 tag of a locale: `fr-FR`, `en-GB`. */
export function localeTag(locale: Locale): string {
  return LOCALE_TAGS[locale];
}

/** Whether a value is one of the product's locales. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Narrows any string (a URL segment, a query value) to a locale, falling back to the default. */
export function toLocale(value: string | undefined | null): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
