import { formatNumber } from './format.ts';
import { localeTag, type Locale } from './locale.ts';
import { typesetFrench } from './typography.ts';

/** Values substituted into the placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translator: a key (and its values) in, the finished string out. */
export type Translate = (key: string, params?: MessageParams) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralRulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(localeTag(locale))));
  return rules;
}

/**
 * Fills a message. Two forms, a subset of ICU MessageFormat:
 * - `{name}`: the value as given (numbers unformatted, so a year stays `2026`);
 * - `{count, plural, =0 {aucune erreur} one {# erreur} other {# erreurs}}`: the branch chosen by
 *   an exact `=N` match, else by the locale's `Intl.PluralRules` (French: 0 and 1 are `one`;
 *   English: only 1), else `other`; `#` is the count formatted for the locale.
 * An unknown placeholder, a plural whose value is not a number, or a plural formatted without a
 * locale is left visible, so the mistake shows up on the page rather than silently disappearing.
 * (`{name}` placeholders need no locale; plurals do.)
 */
export function formatMessage(
  template: string,
  params: MessageParams = {},
  locale?: Locale,
): string {
  if (!template.includes('{')) return template;
  let out = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open === -1) break;
    const close = matchingBrace(template, open);
    if (close === -1) break;
    out += template.slice(index, open);
    out += fillPlaceholder(template.slice(open, close + 1), params, locale);
    index = close + 1;
  }
  return out + template.slice(index);
}

/**
 * A translator over a flat dictionary for one locale: `t('jd.error.summary', { count: 2 })`.
 * French messages are typeset (no-break spaces, curly apostrophes) before the values are filled
 * in, so user-given values are never rewritten. A missing key returns the key itself.
 */
export function createTranslator(
  locale: Locale,
  messages: Readonly<Record<string, string>>,
): Translate {
  return (key, params = {}) => {
    const template = messages[key];
    if (template === undefined) return key;
    return formatMessage(typesetFor(locale, template), params, locale);
  };
}

/** A string typeset for its locale: French typography in French, unchanged in English. */
export function typesetFor(locale: Locale, text: string): string {
  return locale === 'fr' ? typesetFrench(text) : text;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const PLURAL = /^\{\s*(\w+)\s*,\s*plural\s*,([\s\S]*)\}$/;
const SIMPLE = /^\{(\w+)\}$/;

function fillPlaceholder(
  placeholder: string,
  params: MessageParams,
  locale: Locale | undefined,
): string {
  const simple = SIMPLE.exec(placeholder);
  if (simple) {
    const name = simple[1] as string;
    return name in params ? String(params[name]) : placeholder;
  }
  const plural = PLURAL.exec(placeholder);
  if (!plural || locale === undefined) return placeholder;
  const value = params[plural[1] as string];
  if (typeof value !== 'number') return placeholder;
  const branches = parseBranches(plural[2] as string);
  const chosen =
    branches.get(`=${value}`) ??
    branches.get(pluralRulesFor(locale).select(value)) ??
    branches.get('other');
  if (chosen === undefined) return placeholder;
  return formatMessage(chosen.replaceAll('#', formatNumber(value, locale, 2)), params, locale);
}

function parseBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let index = 0;
  while (index < body.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(index));
    if (!selector) break;
    const open = index + selector[0].length - 1;
    const close = matchingBrace(body, open);
    if (close === -1) break;
    branches.set(selector[1] as string, body.slice(open + 1, close));
    index = close + 1;
  }
  return branches;
}

/**
 * A plain-data structure (labels, a static dictionary) with every string typeset for the locale;
 * the shape is kept. For wording written in code rather than in `src/i18n`.
 */
export function typesetDeep<T>(locale: Locale, value: T): T {
  return locale === 'fr' ? (typesetValue(value) as T) : value;
}

function typesetValue(value: unknown): unknown {
  if (typeof value === 'string') return typesetFrench(value);
  if (Array.isArray(value)) return value.map(typesetValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, typesetValue(item)]),
    );
  }
  return value;
}
