import { DEFAULT_LOCALE, type Locale } from '../domain/text/locale.ts';

// The locale type, its list and tags live in the text module; re-exported for the pages.
export {
  DEFAULT_LOCALE,
  LOCALE_TAGS,
  LOCALES,
  localeTag,
  toLocale,
  type Locale,
} from '../domain/text/locale.ts';

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
