import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server/http/api.ts';
import { floodClient, rawRequest, statusOf } from './helpers/raw-http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/** Resident memory of a process, in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

const MiB = 1024 * 1024;
const CLIENTS = 20;
const BODY_BYTES = 100 * MiB;

let server: RunningServer;
beforeAll(async () => {
  server = await startedServer();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

describe('request bodies are limited while they stream (issue 16, point 1)', () => {
  it(`keeps memory under 150 MB while ${CLIENTS} clients each send 100 MiB chunked, and answers each 413 before reading it`, async () => {
    const pid = server.child.pid ?? 0;
    // Warm up: a real create loads the catalogue and the endpoint's code, as normal traffic does.
    const warm = await fetch(`${server.url}/api/job-descriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ role: 'manager', locale: 'fr', company: { name: 'Acme' } }),
    });
    expect(warm.status).toBe(201);
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(pid));
    }, 20);
    const results = await Promise.all(
      Array.from({ length: CLIENTS }, () =>
        floodClient(server.url, '/api/job-descriptions', BODY_BYTES),
      ),
    );
    clearInterval(sampler);
    peak = Math.max(peak, rssMb(pid));
    const sentMb = results.map((result) => (result.sentBytes / MiB).toFixed(1));
    process.stdout.write(
      `body flood: RSS ${before.toFixed(1)} MB before, peak ${peak.toFixed(1)} MB; ` +
        `MiB written per client before its answer: ${sentMb.join(' ')}\n`,
    );
    expect(results.map((result) => result.status)).toEqual(Array(CLIENTS).fill(413));
    // What a client wrote includes what sits in both kernels' socket buffers: a bound on what
    // the server could have read, far below the 100 MiB body.
    for (const result of results) expect(result.sentBytes).toBeLessThan(BODY_BYTES / 4);
    expect(peak).toBeLessThan(150);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 60_000);

  it('answers a declared Content-Length above the limit 413 at once, without waiting for the body', async () => {
    const answer = await rawRequest(
      server.url,
      `POST /api/job-descriptions HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${100 * MiB}\r\n\r\n{"role":`,
    );
    expect(statusOf(answer)).toBe(413);
    expect(answer).toContain('"error":"payload_too_large"');
  });

  it('answers a chunked body just above the limit 413 and one just below it normally', async () => {
    const big = `{"role":"manager","x":"${'a'.repeat(MAX_BODY_BYTES)}"}`;
    const refused = await fetch(`${server.url}/api/job-descriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(refused.status).toBe(413);
    const small = JSON.stringify({
      role: 'manager',
      locale: 'fr',
      company: { name: 'Acme' },
    }).padEnd(MAX_BODY_BYTES - 10, ' ');
    const accepted = await fetch(`${server.url}/api/job-descriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: new Blob([small]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(accepted.status).toBe(201);
  });
});
