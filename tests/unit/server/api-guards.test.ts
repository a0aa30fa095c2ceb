import { describe, expect, it } from 'vitest';
import {
  allowedMethods,
  guardApiRequest,
  isCrossOriginWrite,
} from '../../../src/server/http/api-guards.ts';
import { createRateLimiter } from '../../../src/server/http/rate-limit.ts';

const OWN = 'https://trait-d-union.example';

function request(method: string, headers: Record<string, string> = {}): Request {
  return new Request(`${OWN}/api/assessments`, { method, headers });
}

describe('the rate limiter', () => {
  it('allows WRITE_RATE_LIMIT requests a minute per client, then says when to retry', () => {
    let time = 1_000_000;
    const limiter = createRateLimiter(3, () => time);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    time += 20_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.take('b').allowed).toBe(true);
    time += 40_000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('forgets a client once its minute is over', () => {
    let time = 0;
    const limiter = createRateLimiter(5, () => time);
    limiter.take('198.51.100.7');
    expect(limiter.size()).toBe(1);
    time += 61_000;
    expect(limiter.size()).toBe(0);
  });

  it('allows everything with a limit of 0', () => {
    const limiter = createRateLimiter(0);
    for (let n = 0; n < 1000; n += 1) expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('the API guard', () => {
  const open = createRateLimiter(0);

  it('reads the methods an endpoint exports', () => {
    const noop = () => new Response();
    expect(allowedMethods({ GET: noop, prerender: false })).toEqual(['GET', 'HEAD']);
    expect(allowedMethods({ POST: noop, DELETE: noop })).toEqual(['POST', 'DELETE']);
    expect(allowedMethods({ ALL: noop })).toContain('PATCH');
  });

  it('tells cross-origin writes from same-origin ones and from non-browser clients', () => {
    expect(isCrossOriginWrite(request('POST', { origin: 'https://evil.example' }), OWN)).toBe(true);
    expect(isCrossOriginWrite(request('DELETE', { 'sec-fetch-site': 'same-site' }), OWN)).toBe(
      true,
    );
    expect(isCrossOriginWrite(request('POST', { origin: OWN }), OWN)).toBe(false);
    expect(isCrossOriginWrite(request('POST'), OWN)).toBe(false);
    expect(isCrossOriginWrite(request('GET', { origin: 'https://evil.example' }), OWN)).toBe(false);
  });

  it('answers 405 with Allow, and 204 with Allow to OPTIONS', async () => {
    const guarded = { ownOrigin: OWN, clientAddress: '::1', allowed: ['GET', 'HEAD'] };
    const refused = guardApiRequest({ ...guarded, request: request('PUT') }, open);
    expect(refused?.status).toBe(405);
    expect(refused?.headers.get('allow')).toBe('GET, HEAD');
    expect(await refused?.json()).toMatchObject({ error: 'method_not_allowed' });
    const options = guardApiRequest({ ...guarded, request: request('OPTIONS') }, open);
    expect(options?.status).toBe(204);
    expect(guardApiRequest({ ...guarded, request: request('GET') }, open)).toBeUndefined();
  });

  it('counts writes only, per client, and answers 429 with Retry-After', () => {
    const limiter = createRateLimiter(1);
    const guarded = { ownOrigin: OWN, allowed: ['GET', 'POST'] };
    const post = (client: string) =>
      guardApiRequest({ ...guarded, clientAddress: client, request: request('POST') }, limiter);
    const get = (client: string) =>
      guardApiRequest({ ...guarded, clientAddress: client, request: request('GET') }, limiter);
    expect(post('a')).toBeUndefined();
    const refused = post('a');
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(get('a')).toBeUndefined();
    expect(post('b')).toBeUndefined();
  });
});
