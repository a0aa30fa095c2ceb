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
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const drift = Object.keys(DICTIONARIES.fr).filter((key) => {
      const k = key as keyof typeof DICTIONARIES.fr;
      return placeholders(DICTIONARIES.fr[k]).join() !== placeholders(DICTIONARIES.en[k]).join();
    });
    expect(drift).toEqual([]);
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
