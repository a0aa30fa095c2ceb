import { defineMiddleware } from 'astro:middleware';
import { serverConfig } from './server/config.ts';
import { notFound } from './server/http/api.ts';
import {
  allowedMethods,
  guardApiRequest,
  isExpensiveRoute,
  WRITE_METHODS,
} from './server/http/api-guards.ts';
import { faultResponse } from './server/http/faults.ts';
import { trustedOrigins } from './server/http/hosts.ts';
import { createRateLimiter } from './server/http/rate-limit.ts';
import type { RateDecision } from './server/http/rate-limit.ts';
import { createWriteLimiter } from './server/http/shared-rate-limit.ts';
import { storeErrorResponse } from './server/http/store-errors.ts';

/** The API's endpoint modules, loaded on demand, by route pattern (`/api/assessments/[id]`). */
const endpoints = new Map(
  Object.entries(import.meta.glob<Record<string, unknown>>(['./pages/api/**/*.ts', '!**/_*'])).map(
    ([file, load]) => [file.replace(/^\.\/pages/, '').replace(/(\/index)?\.ts$/, ''), load],
  ),
);

/**
 * The write limit, `WRITE_RATE_LIMIT` per minute per client: counted in PostgreSQL (shared by
 * every instance) when `DATABASE_URL` is set, else in this process.
 */
const writeLimiter = createWriteLimiter(serverConfig());
const ALLOWED: RateDecision = { allowed: true };
/**
 * One limit for expensive routes (PDFs, sourcing answer, assessment score), `EXPENSIVE_RATE_LIMIT`
 * per minute per client and per instance (it protects this process's CPU).
 */
const expensiveLimiter = createRateLimiter(serverConfig().expensiveRateLimit);

/** The methods each endpoint answers, read once per route (its module never changes). */
const methodsByRoute = new Map<string, string[]>();

async function endpointMethods(
  route: string,
  load: () => Promise<Record<string, unknown>>,
): Promise<string[]> {
  let methods = methodsByRoute.get(route);
  if (!methods) methodsByRoute.set(route, (methods = allowedMethods(await load())));
  return methods;
}

/**
 * The origins whose pages may send writes, for a request's own origin: the settings' trusted
 * origins are read once; the set with the request's origin is kept for a few origins (a server
 * that accepts any host must not keep one per forged `Host`).
 */
let trusted: ReadonlySet<string> | undefined;
const originSets = new Map<string, ReadonlySet<string>>();
const MAX_ORIGIN_SETS = 16;

function ownOrigins(origin: string): ReadonlySet<string> {
  const known = originSets.get(origin);
  if (known) return known;
  trusted ??= trustedOrigins();
  const origins = new Set([origin, ...trusted]);
  if (originSets.size < MAX_ORIGIN_SETS) originSets.set(origin, origins);
  return origins;
}

/**
 * The client's address, the key of the rate limits. A client that left before its request was
 * handled has no address left (Astro then throws): its request is counted under one shared key,
 * and nobody reads its answer.
 */
function clientAddressOf(context: { clientAddress: string }): string {
  try {
    return context.clientAddress;
  } catch (error) {
    if (error instanceof Error && error.name === 'ClientAddressNotAvailable') return 'gone';
    throw error;
  }
}

/**
 * Guards on-demand requests before their endpoint runs: state-changing requests from other
 * origins (403), the per-client write and expensive-route limits (429), wrong methods (405),
 * unknown API addresses (404 in the API's JSON format). A fault of the server's own inside an API
 * endpoint (disk full, damaged record) is answered 5xx in the API's format and logged once.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  try {
    const load = endpoints.get(context.routePattern);
    // The write is counted first (asynchronously: the count may live in PostgreSQL), then the
    // guards decide in their order with that decision.
    const decision = WRITE_METHODS.has(context.request.method.toUpperCase())
      ? await writeLimiter.take(clientAddressOf(context))
      : ALLOWED;
    const refusal = guardApiRequest(
      {
        request: context.request,
        ownOrigin: ownOrigins(context.url.origin),
        clientAddress: clientAddressOf(context),
        allowed: load ? await endpointMethods(context.routePattern, load) : undefined,
        expensive: load !== undefined && isExpensiveRoute(context.routePattern),
      },
      { take: () => decision, size: () => 0 },
      expensiveLimiter,
    );
    if (refusal) return refusal;
    // An unknown address under /api/ answers in the API's format rather than with the 404 page.
    if (!load && context.url.pathname.startsWith('/api/')) return notFound();
    return await next();
  } catch (error) {
    const isApi = context.url.pathname.startsWith('/api/');
    // A stale version (412) or a store that cannot be reached for now (503 with Retry-After).
    const answer = storeErrorResponse(error);
    if (answer && (isApi || answer.status !== 503)) return answer;
    if (answer) {
      // A page: the status page ("try again in a moment"), with the 503 and its Retry-After.
      const page = await context.rewrite('/500');
      const headers = new Headers(page.headers);
      headers.set('Retry-After', answer.headers.get('Retry-After') ?? '2');
      headers.set('Cache-Control', 'no-store');
      return new Response(page.body, { status: 503, headers });
    }
    // Any other fault of the server's own: a 5xx in the API's format, logged once, never a 404.
    if (isApi) return faultResponse(error, context.request);
    throw error;
  }
});
