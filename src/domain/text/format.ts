import { localeTag, type Locale } from './locale.ts';

/**
 * Number and date formatting for both locales. `Intl` formatters are costly to build and immutable,
 * so each is built once per locale and options and kept.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(localeTag(locale), options)));
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(localeTag(locale), options)));
  return format;
}

/** Options of {@link formatMoney}. */
export interface MoneyOptions {
  /** Digits after the decimal point; whole amounts by default (salaries, costs). */
  fractionDigits?: number;
}

/**
 * An amount of money in the locale's style: « 24 000 € » (narrow no-break spaces) in French,
 * "€24,000" in English. Whole units unless `fractionDigits` says otherwise.
 */
export function formatMoney(
  amount: number,
  currency: string,
  locale: Locale,
  { fractionDigits = 0 }: MoneyOptions = {},
): string {
  const rounded = fractionDigits === 0 ? Math.round(amount) : amount;
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(rounded === 0 ? 0 : rounded);
}

/** A number with at most `maxFractionDigits` decimals (1 by default): « 12,5 », "12.5". */
export function formatNumber(value: number, locale: Locale, maxFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** A share from 0 to 1 as a percentage: « 42 % » (no-break space) in French, "42%" in English. */
export function formatPercent(share: number, locale: Locale, maxFractionDigits = 0): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: maxFractionDigits,
  }).format(share);
}

/** How long a date is written. */
export type DateStyle = 'long' | 'medium' | 'short';

/**
 * A calendar date: « 30 novembre 2026 », "30 November 2026". Accepts a `Date`, an ISO timestamp or
 * a bare `YYYY-MM-DD` day (read as that day, whatever the server's time zone). An unreadable value
 * is returned as it is, so a bad date shows up rather than crashing a page.
 */
export function formatDate(
  value: Date | string,
  locale: Locale,
  style: DateStyle = 'long',
  timeZone = 'UTC',
): string {
  const date =
    typeof value === 'string'
      ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value)
      : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(locale, { dateStyle: style, timeZone }).format(date);
}
