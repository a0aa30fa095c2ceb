import type { APIRoute } from 'astro';
import { robotsTxt } from '../i18n/routes.ts';

/** `robots.txt`: public pages are crawlable; private links and the API are not (`i18n/routes.ts`). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? 'http://127.0.0.1:4321').href;
  return new Response(robotsTxt(sitemap), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
