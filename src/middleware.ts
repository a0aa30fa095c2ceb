import { defineMiddleware } from 'astro:middleware';
import { readServerConfig } from './server/config.ts';
import { notFound } from './server/http/api.ts';
import { allowedMethods, guardApiRequest } from './server/http/api-guards.ts';
import { createRateLimiter } from './server/http/rate-limit.ts';

/** The API's endpoint modules, loaded on demand, by route pattern (`/api/assessments/[id]`). */
const endpoints = new Map(
  Object.entries(import.meta.glob<Record<string, unknown>>(['./pages/api/**/*.ts', '!**/_*'])).map(
    ([file, load]) => [file.replace(/^\.\/pages/, '').replace(/(\/index)?\.ts$/, ''), load],
  ),
);

/** One write limit for the process; `WRITE_RATE_LIMIT` per minute per client. */
const limiter = createRateLimiter(readServerConfig().writeRateLimit);

/**
 * Guards on-demand requests before their endpoint runs: state-changing requests from other
 * origins (403), the per-client write rate limit (429), wrong methods (405), unknown API
 * addresses (404 in the API's JSON format).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const load = endpoints.get(context.routePattern);
  const refusal = guardApiRequest(
    {
      request: context.request,
      ownOrigin: context.url.origin,
      clientAddress: context.clientAddress,
      allowed: load ? allowedMethods(await load()) : undefined,
    },
    limiter,
  );
  if (refusal) return refusal;
  // An unknown address under /api/ answers in the API's format rather than with the 404 page.
  if (!load && context.url.pathname.startsWith('/api/')) return notFound();
  return next();
});
