import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/bin/paths.ts';
import { rawRequest, statusOf } from './helpers/raw-http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/**
 * The production server serves the build's files itself (`src/server/http/static-files.ts`), as
 * the Node adapter's standalone server did, and sends other addresses to the site's routes.
 */

let server: RunningServer;
beforeAll(async () => {
  server = await startedServer();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

const ASSETS = join(PROJECT_ROOT, process.env['OUT_DIR'] ?? 'dist', 'client', '_astro');

describe('the build’s files', () => {
  it('serves a page with or without its trailing slash, with its own security policy', async () => {
    const withSlash = await fetch(`${server.url}/roles/`);
    const without = await fetch(`${server.url}/roles`);
    expect(withSlash.status).toBe(200);
    expect(without.status).toBe(200);
    expect(without.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await without.text()).toBe(await withSlash.text());
    // The page's own CSP, with the hashes of its inline scripts, not the on-demand fallback.
    expect(withSlash.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
  });

  it('caches fingerprinted assets for a year, on GET and HEAD, and answers 304 to a known ETag', async () => {
    const asset = readdirSync(ASSETS).find((name) => name.endsWith('.css'));
    expect(asset).toBeDefined();
    const url = `${server.url}/_astro/${asset ?? ''}`;
    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(got.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = got.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    // Written by hand: fetch() turns a conditional request into one that bypasses caches.
    const again = await rawRequest(
      server.url,
      `GET /_astro/${asset ?? ''} HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\n` +
        `If-None-Match: ${etag}\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(again)).toBe(304);
  });

  it('never serves what is outside the client folder or hidden, and gives the site’s 404 page', async () => {
    for (const target of ['/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/.env']) {
      const answer = await rawRequest(
        server.url,
        `GET ${target} HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(answer), target).toBe(404);
      expect(answer).not.toContain('"name": "trait-d-union"');
    }
    const missing = await fetch(`${server.url}/nope/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers 400 to an address that is not valid percent-encoding', async () => {
    const answer = await rawRequest(
      server.url,
      `GET /%E0%A4%A HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(answer)).toBe(400);
  });

  it('sends API addresses to their routes, in the API’s format', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const unknown = await fetch(`${server.url}/api/nope`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
