import { describe, expect, test } from 'vitest';
import { localizePath, stripLocale, switchLocalePath, toLocale } from '../../../src/i18n/index.ts';

describe('locale paths', () => {
  test.each([
    ['/', 'fr', '/'],
    ['/', 'en', '/en/'],
    ['/roles/manager/', 'fr', '/roles/manager/'],
    ['/roles/manager/', 'en', '/en/roles/manager/'],
  ] as const)('localizePath(%s, %s) is %s', (path, locale, expected) => {
    expect(localizePath(path, locale)).toBe(expected);
  });

  test.each([
    ['/en/', '/'],
    ['/en', '/'],
    ['/en/skills/', '/skills/'],
    ['/skills/', '/skills/'],
    ['/entreprise/', '/entreprise/'],
  ])('stripLocale(%s) is %s', (pathname, expected) => {
    expect(stripLocale(pathname)).toBe(expected);
  });

  test('the language switcher keeps the current page', () => {
    expect(switchLocalePath('/en/privacy/', 'fr')).toBe('/privacy/');
    expect(switchLocalePath('/privacy/', 'en')).toBe('/en/privacy/');
  });

  test('unknown locales fall back to French', () => {
    expect(toLocale('de')).toBe('fr');
    expect(toLocale(undefined)).toBe('fr');
    expect(toLocale('en')).toBe('en');
  });
});
