import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/bin/paths.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import { rawRequest, statusOf } from './helpers/raw-http.ts';
import { removeTempFolders, startedServer, tempFolder } from './helpers/server.ts';

afterAll(removeTempFolders);

const JD = { role: 'manager', locale: 'fr', company: { name: 'Acme' } };

/** Every file below a folder whose name ends with `.tmp`. */
function tempFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.tmp'),
  );
}

/** Lines of the server's output that report a fault. */
function faultLines(output: string): string[] {
  return output.split('\n').filter((line) => line.startsWith('Server fault'));
}

describe('a full disk (issue 16, points 2 and 3)', () => {
  it('answers 507 in the API format (never 404), logs each fault once without token, leaves no temp file, and recovers', async () => {
    const flag = join(tempFolder('tdu-flag-'), 'disk-full');
    const server = await startedServer({
      env: {
        NODE_OPTIONS: `--import=${join(PROJECT_ROOT, 'tests/integration/helpers/disk-full.ts')}`,
        DISK_FULL_FLAG: flag,
      },
    });
    try {
      const before = await call(server.url, '/api/job-descriptions', { body: JD });
      expect(before.status).toBe(201);
      const { id, editToken } = before.body as { id: string; editToken: string };

      writeFileSync(flag, '');
      const creates = await Promise.all(
        Array.from({ length: 20 }, () => call(server.url, '/api/job-descriptions', { body: JD })),
      );
      const assessment = await call(server.url, '/api/assessments', {
        body: { ...(await validAssessmentSubmission()), consent: true },
      });
      const update = await call(server.url, `/api/job-descriptions/${id}`, {
        method: 'PUT',
        body: JD,
        token: editToken,
      });
      const answers = [...creates, assessment, update];
      expect(answers.map((answer) => answer.status)).toEqual(Array(answers.length).fill(507));
      for (const answer of answers) {
        expect(answer.body).toMatchObject({
          error: 'insufficient_storage',
          issues: [{ path: '' }],
        });
      }
      expect(tempFiles(server.dataDir)).toEqual([]);
      const lines = faultLines(server.output());
      expect(lines).toHaveLength(answers.length);
      for (const line of lines) expect(line).toContain('ENOSPC');
      expect(server.output()).not.toContain(editToken);
      expect(server.output()).not.toMatch(/^\s+at /m);

      rmSync(flag);
      expect((await call(server.url, '/api/job-descriptions', { body: JD })).status).toBe(201);
      const read = await call(server.url, `/api/job-descriptions/${id}`);
      expect(read.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('a record damaged while the server runs (issue 16, point 2)', () => {
  it('answers 500 damaged_record on GET, PUT, DELETE and its page, while its neighbours answer', async () => {
    const server = await startedServer();
    try {
      const made = await Promise.all(
        [1, 2, 3].map(() => call(server.url, '/api/job-descriptions', { body: JD })),
      );
      const [victim, ...neighbours] = made.map(
        (answer) => answer.body as { id: string; editToken: string },
      );
      if (!victim) throw new Error('no record');
      const file = join(server.dataDir, 'job-descriptions', `${victim.id}.json`);
      expect(existsSync(file)).toBe(true);
      writeFileSync(file, '{"id":"truncat');

      const answers = [
        await call(server.url, `/api/job-descriptions/${victim.id}`),
        await call(server.url, `/api/job-descriptions/${victim.id}`, {
          method: 'PUT',
          body: JD,
          token: victim.editToken,
        }),
        await call(server.url, `/api/job-descriptions/${victim.id}`, {
          method: 'DELETE',
          token: victim.editToken,
        }),
        await call(server.url, `/api/job-descriptions/${victim.id}/pdf`),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(500);
        expect(answer.body).toMatchObject({ error: 'damaged_record' });
      }
      const page = await fetch(`${server.url}/job-descriptions/${victim.id}/`);
      expect(page.status).toBe(500);
      for (const { id } of neighbours) {
        expect((await call(server.url, `/api/job-descriptions/${id}`)).status).toBe(200);
        expect((await fetch(`${server.url}/job-descriptions/${id}/`)).status).toBe(200);
      }
      expect(faultLines(server.output())).toHaveLength(answers.length);
      expect(server.output()).not.toContain(victim.editToken);

      // A record that is valid JSON but no longer a job description is damaged too, not missing.
      const [, second] = made.map((answer) => answer.body as { id: string });
      if (!second) throw new Error('no record');
      const secondFile = join(server.dataDir, 'job-descriptions', `${second.id}.json`);
      const stored = JSON.parse(
        (await import('node:fs')).readFileSync(secondFile, 'utf8'),
      ) as Record<string, unknown>;
      writeFileSync(secondFile, JSON.stringify({ ...stored, data: { role: 42 } }));
      const reread = await call(server.url, `/api/job-descriptions/${second.id}`);
      expect(reread.status).toBe(500);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('requests a client can send never make the server fail (issue 16, point 2)', () => {
  it('answers TRACE 405 (TRACK and CONNECT 4xx) and a HEAD or GET with a body normally, without a stack trace', async () => {
    const server = await startedServer();
    try {
      const host = new URL(server.url).host;
      const paths = ['/', '/api/health', '/api/job-descriptions', '/job-descriptions/x/'];
      for (const path of paths) {
        // Node's parser itself refuses methods it does not know (TRACK: 400); TRACE reaches us.
        for (const [method, expected] of [
          ['TRACE', 405],
          ['TRACK', 400],
        ] as const) {
          const answer = await rawRequest(
            server.url,
            `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
            10_000,
          );
          expect(statusOf(answer), `${method} ${path}`).toBe(expected);
        }
        for (const method of ['HEAD', 'GET', 'OPTIONS', 'DELETE']) {
          const answer = await rawRequest(
            server.url,
            `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
              `Content-Length: 7\r\nConnection: close\r\n\r\n{"a":1}`,
            10_000,
          );
          const status = statusOf(answer);
          expect(status, `${method} ${path}`).toBeGreaterThanOrEqual(200);
          expect(status, `${method} ${path}`).toBeLessThan(500);
        }
      }
      const connect = await rawRequest(
        server.url,
        `CONNECT ${host} HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      );
      expect([0, 400, 405]).toContain(statusOf(connect));
      expect(server.output()).not.toMatch(/^\s+at /m);
      expect(faultLines(server.output())).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
