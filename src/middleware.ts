import { defineMiddleware } from 'astro:middleware';
import { serverConfig } from './server/config.ts';
import { notFound } from './server/http/api.ts';
import { allowedMethods, guardApiRequest, isExpensiveRoute } from './server/http/api-guards.ts';
import { faultResponse } from './server/http/faults.ts';
import { trustedOrigins } from './server/http/hosts.ts';
import { createRateLimiter } from './server/http/rate-limit.ts';

/** The API's endpoint modules, loaded on demand, by route pattern (`/api/assessments/[id]`). */
const endpoints = new Map(
  Object.entries(import.meta.glob<Record<string, unknown>>(['./pages/api/**/*.ts', '!**/_*'])).map(
    ([file, load]) => [file.replace(/^\.\/pages/, '').replace(/(\/index)?\.ts$/, ''), load],
  ),
);

/** One write limit for the process; `WRITE_RATE_LIMIT` per minute per client. */
const limiter = createRateLimiter(serverConfig().writeRateLimit);
/** One limit for expensive routes (PDFs, sourcing answer, assessment score); `EXPENSIVE_RATE_LIMIT`. */
const expensiveLimiter = createRateLimiter(serverConfig().expensiveRateLimit);

/**
 * Guards on-demand requests before their endpoint runs: state-changing requests from other
 * origins (403), the per-client write and expensive-route limits (429), wrong methods (405),
 * unknown API addresses (404 in the API's JSON format). A fault of the server's own inside an API
 * endpoint (disk full, damaged record) is answered 5xx in the API's format and logged once.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const load = endpoints.get(context.routePattern);
  const refusal = guardApiRequest(
    {
      request: context.request,
      ownOrigin: new Set([context.url.origin, ...trustedOrigins()]),
      clientAddress: context.clientAddress,
      allowed: load ? allowedMethods(await load()) : undefined,
      expensive: load !== undefined && isExpensiveRoute(context.routePattern),
    },
    limiter,
    expensiveLimiter,
  );
  if (refusal) return refusal;
  // An unknown address under /api/ answers in the API's format rather than with the 404 page.
  if (!context.url.pathname.startsWith('/api/')) return next();
  if (!load) return notFound();
  try {
    return await next();
  } catch (error) {
    return faultResponse(error, context.request);
  }
});
