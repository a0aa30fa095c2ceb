import { formatMessage, typesetFor, type MessageParams } from '../domain/text/index.ts';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';
import type { Locale } from './locales.ts';

export * from './locales.ts';

/** A key of the interface dictionary, e.g. `nav.roles`. */
export type UiKey = keyof typeof fr;

/** A whole interface dictionary for one locale. */
export type Dictionary = Record<UiKey, string>;

/**
 * A dictionary as pages show it: French strings are typeset once, here (no-break spaces before
 * `: ; ! ?` and inside « », curly apostrophes), so every `t()` and `pickMessages()` gives typeset
 * text and no dictionary author has to type U+00A0 or U+202F.
 */
function typesetDictionary(locale: Locale, dictionary: Dictionary): Dictionary {
  const entries = Object.entries(dictionary).map(([key, text]) => [key, typesetFor(locale, text)]);
  return Object.fromEntries(entries) as Dictionary;
}

/** Both dictionaries, by locale, typeset for their locale. */
export const DICTIONARIES: Record<Locale, Dictionary> = {
  fr: typesetDictionary('fr', fr),
  en: typesetDictionary('en', en),
};

/** Values substituted into the placeholders of a string (`{name}`, `{n, plural, …}`). */
export type UiParams = MessageParams;

/** Returns a translator bound to a locale: `t('nav.roles')`, `t('x.count', { n: 3 })`. */
export function useTranslations(locale: Locale): (key: UiKey, params?: UiParams) => string {
  const dictionary = DICTIONARIES[locale];
  return (key, params = {}) => formatMessage(dictionary[key], params, locale);
}

/** Picks the listed keys of a dictionary, to hand an island only the strings it uses. */
export function pickMessages<K extends UiKey>(
  locale: Locale,
  keys: readonly K[],
): Record<K, string> {
  const dictionary = DICTIONARIES[locale];
  return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as Record<K, string>;
}

/**
 * All the strings of one area (`jobDescription`, `assessment`, `sourcing`…), typeset for the
 * locale, keyed like the French area dictionary: what a page hands its island.
 */
export function areaMessages<K extends UiKey>(
  locale: Locale,
  area: Readonly<Record<K, string>>,
): Record<K, string> {
  return pickMessages(locale, Object.keys(area) as K[]);
}
