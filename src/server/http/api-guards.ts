import { apiError } from './api.ts';
import type { RateLimiter } from './rate-limit.ts';

/** Methods that change state: they get the origin check and the write rate limit. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The methods an endpoint module answers: the HTTP verbs it exports. */
export function allowedMethods(endpointModule: Record<string, unknown>): string[] {
  const verbs = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
  if (typeof endpointModule['ALL'] === 'function') return verbs;
  const allowed = verbs.filter((verb) => typeof endpointModule[verb] === 'function');
  if (allowed.includes('GET') && !allowed.includes('HEAD')) allowed.push('HEAD');
  return allowed;
}

/**
 * True when a state-changing request comes from a page of another site. Browsers send `Origin`
 * (and `Sec-Fetch-Site`) with such requests; a request without either is not from a browser page,
 * so it cannot ride on a visitor's browser, and is let through.
 */
export function isCrossOriginWrite(
  request: Request,
  ownOrigin: string | ReadonlySet<string>,
): boolean {
  if (!WRITE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  return typeof ownOrigin === 'string' ? origin !== ownOrigin : !ownOrigin.has(origin);
}

/** What the API guard needs to know about one request. */
export interface GuardedRequest {
  request: Request;
  /** Origin(s) the site's pages are served from, e.g. `http://127.0.0.1:4321`. */
  ownOrigin: string | ReadonlySet<string>;
  /** Address of the client, the key of the rate limit. */
  clientAddress: string;
  /** Methods the matched endpoint answers, or undefined when no endpoint matched. */
  allowed: string[] | undefined;
  /** True for an expensive route (PDF, sourcing answer, assessment score): its own limit. */
  expensive?: boolean;
}

/**
 * Routes whose answer costs real work (every PDF, the sourcing answer, the assessment score, a
 * campaign share, which scores the answers, and the campaign guide, which may be a PDF):
 * they get their own per-client limit, `EXPENSIVE_RATE_LIMIT` a minute.
 */
export function isExpensiveRoute(routePattern: string): boolean {
  return (
    /\/pdf$/.test(routePattern) ||
    routePattern === '/api/sourcing' ||
    routePattern === '/api/assessments/score' ||
    /^\/api\/campaigns\/\[id\]\/(?:candidates|guide)$/.test(routePattern)
  );
}

function tooMany(retryAfterSeconds: number, what: string): Response {
  const response = apiError(429, 'too_many_requests', [
    { path: '', message: `too many ${what} from your address; retry in ${retryAfterSeconds} s` },
  ]);
  response.headers.set('Retry-After', String(retryAfterSeconds));
  return response;
}

/**
 * Checks an on-demand request before its endpoint runs, in this order: 403 for a state-changing
 * request from another origin, 429 with `Retry-After` above the per-client write limit (every
 * POST/PUT/PATCH/DELETE counts) or above the expensive-route limit, then 405 for a method the endpoint does not answer (204 with
 * `Allow` for OPTIONS). Returns the refusal, or undefined to let the request through.
 */
export function guardApiRequest(
  guarded: GuardedRequest,
  limiter: RateLimiter,
  expensiveLimiter?: RateLimiter,
): Response | undefined {
  const { request, allowed } = guarded;
  const method = request.method.toUpperCase();
  if (isCrossOriginWrite(request, guarded.ownOrigin)) {
    return apiError(403, 'cross_origin_request', [
      { path: '', message: 'changes are accepted only from pages of this site' },
    ]);
  }
  if (WRITE_METHODS.has(method)) {
    const decision = limiter.take(guarded.clientAddress);
    if (!decision.allowed) return tooMany(decision.retryAfterSeconds, 'changes');
  }
  const answered = !allowed || allowed.includes(method);
  if (guarded.expensive && expensiveLimiter && answered && method !== 'OPTIONS') {
    const decision = expensiveLimiter.take(guarded.clientAddress);
    if (!decision.allowed) return tooMany(decision.retryAfterSeconds, 'documents or answers');
  }
  if (allowed && !allowed.includes(method)) {
    const allow = allowed.join(', ');
    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: allow } });
    const response = apiError(405, 'method_not_allowed', [
      { path: '', message: `this address answers ${allow}` },
    ]);
    response.headers.set('Allow', allow);
    return response;
  }
  return undefined;
}
