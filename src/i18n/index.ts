import { en } from './en/index.ts';
import { fr } from './fr/index.ts';
import type { Locale } from './locales.ts';

export * from './locales.ts';

/** A key of the interface dictionary, e.g. `nav.roles`. */
export type UiKey = keyof typeof fr;

/** A whole interface dictionary for one locale. */
export type Dictionary = Record<UiKey, string>;

/** Both dictionaries, by locale. */
export const DICTIONARIES: Record<Locale, Dictionary> = { fr, en };

/** Values substituted into `{name}` placeholders of a string. */
export type UiParams = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a missing value shows up. */
export function formatMessage(template: string, params: UiParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Returns a translator bound to a locale: `t('nav.roles')`, `t('x.count', { n: 3 })`. */
export function useTranslations(locale: Locale): (key: UiKey, params?: UiParams) => string {
  const dictionary = DICTIONARIES[locale];
  return (key, params) => formatMessage(dictionary[key], params);
}

/** Picks the listed keys of a dictionary, to hand an island only the strings it uses. */
export function pickMessages<K extends UiKey>(
  locale: Locale,
  keys: readonly K[],
): Record<K, string> {
  const dictionary = DICTIONARIES[locale];
  return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as Record<K, string>;
}
