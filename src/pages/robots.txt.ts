import type { APIRoute } from 'astro';

/** `robots.txt`: public pages are crawlable; private links and the API are not. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap.xml', site ?? 'http://127.0.0.1:4321').href;
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /job-descriptions/',
    'Disallow: /en/job-descriptions/',
    'Disallow: /assessments/',
    'Disallow: /en/assessments/',
    '',
    `Sitemap: ${sitemap}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
