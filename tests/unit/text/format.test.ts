import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  localeTag,
  toLocale,
} from '../../../src/domain/text/index.ts';
import { LocaleSchema } from '../../../src/domain/text/locale-schema.ts';

describe('locales', () => {
  test('have one BCP 47 tag each', () => {
    expect(localeTag('fr')).toBe('fr-FR');
    expect(localeTag('en')).toBe('en-GB');
  });

  test('unknown values fall back to French', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('de')).toBe('fr');
    expect(toLocale(undefined)).toBe('fr');
    expect(LocaleSchema.safeParse('de').success).toBe(false);
  });
});

describe('formatMoney', () => {
  test('writes whole euros with narrow no-break spaces in French', () => {
    expect(formatMoney(38000, 'EUR', 'fr')).toBe('38\u202f000\u00a0€');
  });

  test('writes the symbol first in English', () => {
    expect(formatMoney(38000, 'EUR', 'en')).toBe('€38,000');
    expect(formatMoney(1234.4, 'CAD', 'en')).toBe('CA$1,234');
  });

  test('keeps decimals when asked', () => {
    expect(formatMoney(12.5, 'EUR', 'fr', { fractionDigits: 2 })).toBe('12,50\u00a0€');
  });

  test('never writes a negative zero', () => {
    expect(formatMoney(-0.2, 'EUR', 'en')).toBe('€0');
  });
});

describe('numbers', () => {
  test('use the locale decimal mark', () => {
    expect(formatNumber(12.25, 'fr')).toBe('12,3');
    expect(formatNumber(12.25, 'en', 2)).toBe('12.25');
    expect(formatPercent(0.42, 'fr')).toMatch(/^42[\u00a0\u202f]%$/);
    expect(formatPercent(0.42, 'en')).toBe('42%');
  });
});

describe('formatDate', () => {
  test('reads a bare day as that day', () => {
    expect(formatDate('2026-11-30', 'fr')).toBe('30 novembre 2026');
    expect(formatDate('2026-11-30', 'en')).toBe('30 November 2026');
  });

  test('formats a timestamp and a Date', () => {
    expect(formatDate('2026-01-02T23:30:00.000Z', 'en', 'medium')).toBe('2 Jan 2026');
    expect(formatDate(new Date(Date.UTC(2026, 4, 1)), 'fr', 'short')).toBe('01/05/2026');
  });

  test('returns an unreadable date as given', () => {
    expect(formatDate('soon', 'fr')).toBe('soon');
  });
});
