import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from './helpers/http.ts';
import { rawRequest, statusOf } from './helpers/raw-http.ts';
import { removeTempFolders, startedServer, tempFolder } from './helpers/server.ts';

afterAll(removeTempFolders);

const SITE = 'https://jobs.example.test';
const JD = { role: 'manager', locale: 'fr', company: { name: 'Acme' } };

/** A raw request with the given Host (and Origin), as a DNS-rebinding page or a forger sends it. */
async function withHost(
  url: string,
  method: string,
  path: string,
  host: string,
  extra = '',
  body = '',
): Promise<string> {
  return rawRequest(
    url,
    `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n` +
      (body
        ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`
        : '') +
      `\r\n${body}`,
    10_000,
  );
}

describe('with SITE_URL and ALLOWED_HOSTS (issue 16, point 4)', () => {
  it('refuses foreign hosts with 421, builds public links from SITE_URL, accepts writes from its pages', async () => {
    const server = await startedServer({
      env: (port) => ({ SITE_URL: SITE, ALLOWED_HOSTS: `127.0.0.1:${port}` }),
    });
    try {
      const body = JSON.stringify(JD);
      for (const [method, path] of [
        ['GET', '/'],
        ['GET', '/api/health'],
        ['GET', '/roles/'],
        ['POST', '/api/job-descriptions'],
      ] as const) {
        const answer = await withHost(
          server.url,
          method,
          path,
          'evil.example:80',
          'Origin: http://evil.example:80\r\n',
          method === 'POST' ? body : '',
        );
        expect(statusOf(answer), `${method} ${path}`).toBe(421);
      }
      // The public name is served, and a write from its pages (behind a TLS proxy) passes.
      const health = await withHost(server.url, 'GET', '/api/health', 'jobs.example.test');
      expect(statusOf(health)).toBe(200);
      const created = await withHost(
        server.url,
        'POST',
        '/api/job-descriptions',
        'jobs.example.test',
        `Origin: ${SITE}\r\n`,
        body,
      );
      expect(statusOf(created)).toBe(201);

      const saved = await call(server.url, '/api/job-descriptions', { body: JD });
      const { id } = saved.body as { id: string };
      const posting = await call(server.url, `/api/job-descriptions/${id}/job-posting`);
      expect((posting.body as { url: string }).url).toBe(`${SITE}/job-descriptions/${id}/`);
      const page = await (await fetch(`${server.url}/job-descriptions/${id}/`)).text();
      expect(page).toContain(`"url":"${SITE}/job-descriptions/${id}/"`);

      const pdf = await fetch(`${server.url}/api/sourcing/pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: '{}',
      });
      expect(pdf.status).toBe(200);
      const file = join(tempFolder('tdu-pdf-'), 'sourcing.pdf');
      writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('jobs.example.test/sourcing/');
      expect(text).not.toContain('127.0.0.1');
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('without settings, on a loopback address (issue 16, point 4)', () => {
  it('answers only for loopback names, so a DNS-rebinding page is refused', async () => {
    const server = await startedServer();
    try {
      const port = new URL(server.url).port;
      const rebound = await withHost(
        server.url,
        'POST',
        '/api/job-descriptions',
        `attacker.example:${port}`,
        `Origin: http://attacker.example:${port}\r\n`,
        JSON.stringify(JD),
      );
      expect(statusOf(rebound)).toBe(421);
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
        expect(statusOf(await withHost(server.url, 'GET', '/api/health', host))).toBe(200);
      }
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('expensive routes have their own per-client limit (issue 16, point 6)', () => {
  it('answers 429 with Retry-After above EXPENSIVE_RATE_LIMIT, across PDFs, sourcing and scores, and not for other routes', async () => {
    const server = await startedServer({ env: { EXPENSIVE_RATE_LIMIT: '3' } });
    try {
      const saved = await call(server.url, '/api/job-descriptions', { body: JD });
      const { id } = saved.body as { id: string };
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      let refused: unknown;
      for (const request of [
        () => call(server.url, '/api/sourcing', { body: {} }),
        () => call(server.url, `/api/job-descriptions/${id}/pdf`),
        () => call(server.url, '/api/job-descriptions/preview/pdf', { body: JD }),
        () => call(server.url, '/api/sourcing/pdf', { body: {} }),
        () => call(server.url, '/api/assessments/score', { body: {} }),
      ]) {
        const answer = await request();
        statuses.push(answer.status);
        if (answer.status === 429) {
          retryAfter = answer.headers.get('retry-after');
          refused = answer.body;
        }
      }
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.slice(3)).toEqual([429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(retryAfter)).toBeLessThanOrEqual(60);
      expect(refused).toMatchObject({ error: 'too_many_requests' });
      // Cheap routes are not counted.
      expect((await call(server.url, `/api/job-descriptions/${id}`)).status).toBe(200);
      expect((await call(server.url, '/api/job-descriptions', { body: JD })).status).toBe(201);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
