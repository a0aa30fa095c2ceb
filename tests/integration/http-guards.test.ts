import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

let server: RunningServer;
beforeAll(async () => {
  server = await startedServer({ env: { WRITE_RATE_LIMIT: '5' } });
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

const json = { 'content-type': 'application/json' };

describe('security headers', () => {
  it.each(['/', '/en/', '/privacy/', '/api/health', '/api/unknown'])(
    'are sent with %s',
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    },
  );
});

describe('API guards', () => {
  it('answers the health probe', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 405 with Allow and the error format for a method the endpoint lacks', async () => {
    const response = await fetch(`${server.url}/api/health`, {
      method: 'PATCH',
      headers: { ...json, origin: server.url },
      body: '{}',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.json()).toMatchObject({
      error: 'method_not_allowed',
      issues: [{ path: '' }],
    });
  });

  it('answers OPTIONS with 204 and Allow, without any CORS permission', async () => {
    const response = await fetch(`${server.url}/api/health`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an unknown API address with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/no-such-thing/123`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found', issues: [] });
  });

  it('refuses state-changing requests from another origin', async () => {
    for (const headers of [
      { ...json, origin: 'https://evil.example' },
      { ...json, origin: 'null' },
      { ...json, 'sec-fetch-site': 'cross-site' },
      { 'content-type': 'text/plain', origin: 'https://evil.example' },
    ]) {
      const response = await fetch(`${server.url}/api/health`, {
        method: 'POST',
        headers,
        body: '{}',
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
  });
});

describe('the write rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds WRITE_RATE_LIMIT writes a minute', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    let body: unknown;
    for (let n = 0; n < 7; n += 1) {
      const response = await fetch(`${server.url}/api/health`, {
        method: 'POST',
        headers: { ...json, origin: server.url },
        body: '{}',
      });
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after');
        body = await response.json();
      } else {
        await response.arrayBuffer();
      }
    }
    // Earlier tests of this file spent some of the 5 allowed writes, so count from the end.
    expect(statuses.slice(-2)).toEqual([429, 429]);
    expect(statuses.filter((status) => status !== 429).length).toBeLessThanOrEqual(5);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect(body).toMatchObject({ error: 'too_many_requests' });
    const read = await fetch(`${server.url}/api/health`);
    expect(read.status).toBe(200);
  });
});
