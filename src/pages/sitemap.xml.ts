import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { LOCALES, localizePath } from '../i18n/index.ts';

/** Public pages worth indexing, as locale-free paths; saved items and the API are private. */
async function publicPaths(): Promise<string[]> {
  const roles = await getCollection('roles');
  return [
    '/',
    '/roles/',
    ...roles.map((role) => `/roles/${role.id}/`),
    '/skills/',
    '/job-description/',
    '/assessment/',
    '/sourcing/',
    '/method/',
    '/privacy/',
  ];
}

/** `sitemap.xml`: every public page in both locales, each with its hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://127.0.0.1:4321');
  const urls = (await publicPaths()).flatMap((path) =>
    LOCALES.map((locale) => {
      const alternates = LOCALES.map(
        (other) =>
          `    <xhtml:link rel="alternate" hreflang="${other}" href="${new URL(localizePath(path, other), base).href}"/>`,
      ).join('\n');
      return `  <url>\n    <loc>${new URL(localizePath(path, locale), base).href}</loc>\n${alternates}\n  </url>`;
    }),
  );
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
