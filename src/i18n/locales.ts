/** The locales the product speaks; French is the default and lives at `/`. */
export const LOCALES = ['fr', 'en'] as const;

/** One of the product's locales. */
export type Locale = (typeof LOCALES)[number];

/** The locale served without a path prefix. */
export const DEFAULT_LOCALE: Locale = 'fr';

/** Narrows any string (a URL segment, a query value) to a locale, falling back to the default. */
export function toLocale(value: string | undefined | null): Locale {
  return value === 'en' ? 'en' : 'fr';
}

/** Prefixes an app path (`/roles/`) for a locale: `/roles/` in French, `/en/roles/` in English. */
export function localizePath(path: string, locale: Locale): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean === '/' ? '/' : clean}`;
}

/** Removes the locale prefix from a pathname: `/en/roles/` and `/roles/` both give `/roles/`. */
export function stripLocale(pathname: string): string {
  const match = /^\/en(\/.*)?$/.exec(pathname);
  if (!match) return pathname || '/';
  return match[1] ?? '/';
}

/** The same page in another locale, so the language switcher keeps the reader where they are. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localizePath(stripLocale(pathname), target);
}
