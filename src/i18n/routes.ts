import { LOCALES, type Locale } from '../domain/text/locale.ts';
import { localizePath, stripLocale } from './locales.ts';

/**
 * Which pages are public, in one place: the sitemap (`@astrojs/sitemap`, filtered by
 * `isPublicPage`), `robots.txt` and the saved-item links all read this module. Every route of
 * `src/pages` is public except the API, the saved items (reachable only by their unguessable
 * link) and the status pages.
 */

/** The HTTP API: answers JSON or files, never a page. */
export const API_PREFIX = '/api/';

/** Saved items, one page each under these locale-free prefixes; private, never indexed. */
export const PRIVATE_SECTIONS = ['/job-descriptions/', '/assessments/', '/campaigns/'] as const;

/** Status pages (not found, server error): built as files, never listed. */
const STATUS_PAGES = ['/404/', '/500/'];

/** Pages about one person's own browser ("my items on this device"): `noindex`, never listed. */
const PERSONAL_PAGES = ['/my-items/'];

/** Whether a page (a pathname in any locale) is public: listed in the sitemap, open to robots. */
export function isPublicPage(pathname: string): boolean {
  const path = stripLocale(pathname.endsWith('/') ? pathname : `${pathname}/`);
  if (path.startsWith(API_PREFIX) || STATUS_PAGES.includes(path) || PERSONAL_PAGES.includes(path))
    return false;
  return !PRIVATE_SECTIONS.some((section) => path.startsWith(section));
}

/** The `robots.txt` body: everything allowed except the API and the private sections. */
export function robotsTxt(sitemapUrl: string): string {
  const disallowed = [
    API_PREFIX,
    ...PRIVATE_SECTIONS.flatMap((section) => LOCALES.map((l) => localizePath(section, l))),
  ];
  return [
    'User-agent: *',
    'Allow: /',
    ...disallowed.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${sitemapUrl}`,
    '',
  ].join('\n');
}

/** The page of a saved job description: `/job-descriptions/{id}/`, `/en/job-descriptions/{id}/`. */
export function savedJobDescriptionPath(id: string, locale: Locale): string {
  return localizePath(`/job-descriptions/${encodeURIComponent(id)}/`, locale);
}

/** The private page of a saved assessment (its token goes in the fragment, never to the server). */
export function savedAssessmentPath(id: string, locale: Locale): string {
  return localizePath(`/assessments/${encodeURIComponent(id)}/`, locale);
}
