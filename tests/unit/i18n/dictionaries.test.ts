import { describe, expect, test } from 'vitest';
import { DICTIONARIES, LOCALES, useTranslations } from '../../../src/i18n/index.ts';

describe('interface dictionaries', () => {
  test.each(LOCALES.flatMap((a) => LOCALES.filter((b) => b !== a).map((b) => [a, b])))(
    'every %s key exists in %s',
    (from, to) => {
      const missing = Object.keys(DICTIONARIES[from]).filter((key) => !(key in DICTIONARIES[to]));
      expect(missing).toEqual([]);
    },
  );

  test.each(LOCALES)('no %s string is empty', (locale) => {
    const empty = Object.entries(DICTIONARIES[locale])
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  test('both locales use the same placeholders in each string', () => {
    // Names of `{name}` and `{name, plural, …}` placeholders, each once.
    const placeholders = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\s*,)/g)].map((m) => m[1]))].sort();
    const drift = Object.keys(DICTIONARIES.fr).filter((key) => {
      const k = key as keyof typeof DICTIONARIES.fr;
      return placeholders(DICTIONARIES.fr[k]).join() !== placeholders(DICTIONARIES.en[k]).join();
    });
    expect(drift).toEqual([]);
  });
});

describe('plural messages', () => {
  test.each(LOCALES)('every %s plural has an `other` branch and fills with a number', (locale) => {
    const t = useTranslations(locale);
    const plurals = Object.entries(DICTIONARIES[locale]).filter(([, text]) =>
      /, plural,/.test(text),
    );
    expect(plurals.length).toBeGreaterThan(0);
    for (const [key, text] of plurals) {
      expect(text, key).toMatch(/other \{/);
      const names = [...text.matchAll(/\{(\w+)(?:\}|\s*,\s*plural)/g)].map((m) => m[1] as string);
      const filled = t(
        key as keyof typeof DICTIONARIES.fr,
        Object.fromEntries(names.map((n) => [n, 1])),
      );
      expect(filled, key).not.toMatch(/[{}]/);
    }
  });

  test('the error summary agrees with its count in both locales', () => {
    expect(useTranslations('fr')('jd.error.summary', { count: 1 })).toBe('1 champ à corriger.');
    expect(useTranslations('fr')('jd.error.summary', { count: 3 })).toBe('3 champs à corriger.');
    expect(useTranslations('en')('jd.error.summary', { count: 1 })).toBe('1 field to fix.');
    expect(useTranslations('en')('sourcing.col.total', { months: 1 })).toBe('Over 1 month');
  });
});

describe('the French dictionary as pages see it', () => {
  const strings = Object.values(DICTIONARIES.fr);

  test('has no breakable space before : ; ! ? and no straight apostrophe in a word', () => {
    expect(strings.filter((text) => / [:;!?](?:\s|$)/.test(text))).toEqual([]);
    expect(strings.filter((text) => /\p{L}'\p{L}/u.test(text))).toEqual([]);
  });

  test('is what t() gives, placeholders filled', () => {
    const t = useTranslations('fr');
    expect(t('nav.roles')).toBe(DICTIONARIES.fr['nav.roles']);
  });
});
