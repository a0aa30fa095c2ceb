import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverApiRoutes, fillRoute } from './helpers/api-routes.ts';
import { rawRequest, statusOf } from './helpers/raw-http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/**
 * Issue 16, point 2: any request line and header set a client can send gets a 2xx or 4xx, on every
 * API route and on pages (static and on demand), and the server never logs a stack trace. The
 * requests are written byte by byte on a socket, so that methods, `Host` and framing headers that
 * `fetch` would refuse to send are covered too.
 */

const RUNS = 400;
let server: RunningServer;
let host: string;
let known: { id: string; token: string };

beforeAll(async () => {
  server = await startedServer();
  host = new URL(server.url).host;
  const created = await fetch(`${server.url}/api/job-descriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ role: 'manager', locale: 'fr', company: { name: 'Acme' } }),
  });
  const body = (await created.json()) as { id: string; editToken: string };
  known = { id: body.id, token: body.editToken };
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

const PAGES = ['/', '/en/', '/roles/', '/job-description/', '/assessment/', '/sourcing/', '/nope/'];
const ON_DEMAND = ['/job-descriptions/{id}/', '/assessments/{id}/', '/en/job-descriptions/{id}/'];
/** Request targets a client may write that are not ordinary paths. */
const ODD_TARGETS = [
  'http://evil.example/',
  'http://127.0.0.1/api/health',
  '*',
  '//x',
  '/%zz',
  '/api/%zz',
  '/assessments/%zz/',
  '/job-descriptions/%E0%A4%A/',
  '/api/../api/health',
  '/api/job-descriptions?%zz',
  `/${'a'.repeat(9000)}`,
  '/sourcing/?headcount=1e400&a.fullTimeHours=0',
  '/api/assessment/questionnaire?locale=%00',
];

/** Methods Node's HTTP parser takes, and a few it does not. */
const method = fc.constantFrom(
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'PROPFIND',
  'PURGE',
  'LINK',
  'UNLINK',
  'SEARCH',
  'REPORT',
  'MKCOL',
  'LOCK',
  'COPY',
  'MOVE',
  'QUERY',
  'FOO',
  'get',
);
const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,30}$/);
const headerValue = fc.oneof(
  fc.stringMatching(/^[\x20-\x7e]{0,80}$/),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\r\n\0]/g, '')),
  fc.constantFrom('', ' ', 'a'.repeat(6000), '\t', 'é', '%00', '../..', '*/*', 'null'),
);
/** Headers with a meaning to the server, with hostile values. */
const meaningfulHeader = fc.oneof(
  fc.tuple(
    fc.constant('Host'),
    fc.constantFrom(
      '',
      'evil.example',
      `${'a'.repeat(300)}`,
      '[::1',
      'localhost:0',
      ':80',
      'h:99999',
    ),
  ),
  fc.tuple(
    fc.constant('Content-Length'),
    fc.constantFrom('-1', 'abc', '1e3', '99999999999999999999', '0', '5', ' 3'),
  ),
  fc.tuple(
    fc.constant('Transfer-Encoding'),
    fc.constantFrom('chunked', 'gzip', 'chunked, chunked', 'identity', 'x'),
  ),
  fc.tuple(
    fc.constant('Content-Type'),
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-16',
      'multipart/form-data',
      'text/plain',
      '',
    ),
  ),
  fc.tuple(fc.constant('Content-Encoding'), fc.constantFrom('gzip', 'br', 'deflate', 'x')),
  fc.tuple(fc.constant('Accept-Encoding'), fc.constantFrom('gzip', 'br;q=0', '*', 'x;q=abc')),
  fc.tuple(fc.constant('Expect'), fc.constantFrom('100-continue', 'nonsense')),
  fc.tuple(fc.constant('Origin'), fc.constantFrom('null', 'https://evil.example', '', 'http://[')),
  fc.tuple(fc.constant('Sec-Fetch-Site'), fc.constantFrom('cross-site', 'same-origin', 'x')),
  fc.tuple(
    fc.constant('Authorization'),
    fc.constantFrom('Bearer', 'Bearer ', 'Basic abc', 'KNOWN', `Bearer ${'x'.repeat(500)}`),
  ),
  fc.tuple(fc.constant('X-Forwarded-Host'), fc.constantFrom('evil.example', '', 'a,b')),
  fc.tuple(fc.constant('X-Forwarded-For'), fc.constantFrom('1.2.3.4', 'x', '::1, 10.0.0.1')),
  fc.tuple(fc.constant('X-Forwarded-Proto'), fc.constantFrom('https', 'gopher', '')),
  fc.tuple(fc.constant('If-None-Match'), headerValue),
  fc.tuple(fc.constant('Range'), fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=9999999-', 'x')),
  fc.tuple(fc.constant('Cookie'), headerValue),
  fc.tuple(fc.constant('Accept-Language'), headerValue),
);
const headers = fc.array(fc.oneof(meaningfulHeader, fc.tuple(token, headerValue)), {
  maxLength: 8,
});

function pathFor(pick: number, paramPick: number): string {
  const routes = discoverApiRoutes();
  const all = [
    ...routes.map((route) =>
      fillRoute(
        route,
        route.params.map(() => (paramPick % 2 ? known.id : 'x')),
      ),
    ),
    ...PAGES,
    ...ODD_TARGETS,
    ...ON_DEMAND.map((path) =>
      path.replace('{id}', paramPick % 3 ? known.id : 'zzzzzzzzzzzzzzzzzzzzzz'),
    ),
  ];
  return all[pick % all.length] ?? '/';
}

describe('fuzzing request lines and headers', () => {
  it('answers every method and header set on every route with a 2xx or 4xx, never a stack trace', async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        method,
        fc.nat(),
        fc.nat(),
        headers,
        fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
        async (verb, pick, paramPick, extra, body) => {
          const path = pathFor(pick, paramPick);
          const lines = extra
            .filter(([name]) => name.toLowerCase() !== 'connection')
            .map(
              ([name, value]) =>
                `${name}: ${name === 'Authorization' && value === 'KNOWN' ? `Bearer ${known.token}` : value}`,
            );
          const hasHost = extra.some(([name]) => name.toLowerCase() === 'host');
          const framing = extra.some(([name]) =>
            /^(content-length|transfer-encoding)$/i.test(name),
          );
          const payload = body ?? '';
          const request =
            `${verb} ${path} HTTP/1.1\r\n` +
            (hasHost ? '' : `Host: ${host}\r\n`) +
            lines.map((line) => `${line}\r\n`).join('') +
            (framing || !payload ? '' : `Content-Length: ${Buffer.byteLength(payload)}\r\n`) +
            `Connection: close\r\n\r\n${payload}`;
          const answer = await rawRequest(server.url, request, 5_000);
          const status = statusOf(answer);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          // No answer at all is acceptable only when the framing left the server waiting for a
          // body that never came (it then closes the connection itself).
          const ok = (status >= 200 && status < 500) || (status === 0 && framing);
          if (!ok)
            failures.push(`${verb} ${path} [${lines.join(' | ').slice(0, 200)}] → ${status}`);
          return ok;
        },
      ),
      { numRuns: RUNS, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: false },
    );
    process.stdout.write(
      `fuzz methods+headers: statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(failures).toEqual([]);
    expect(server.output()).not.toMatch(/^\s+at /m);
    expect(server.output()).not.toMatch(/Server fault/);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 150_000);
});
