import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call, readAllFiles } from './helpers/http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/**
 * The assessment API at the HTTP level, by its contract: `POST /api/assessments` stores a result
 * only with `consent: true`; `GET|DELETE /api/assessments/{id}` with `Authorization: Bearer`.
 *
 */
/** The secret token of a create answer, whatever the field is called. */
function tokenOf(body: unknown): string {
  const answer = body as Record<string, unknown>;
  const token = answer['token'] ?? answer['viewToken'] ?? answer['editToken'];
  if (typeof token !== 'string') throw new Error(`no token in ${JSON.stringify(body)}`);
  return token;
}

describe('the assessment API', () => {
  let server: RunningServer;
  let submission: Record<string, unknown>;
  beforeAll(async () => {
    submission = await validAssessmentSubmission();
    server = await startedServer();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  const folder = () => join(server.dataDir, 'assessments');

  it('stores nothing without explicit consent', async () => {
    for (const consent of [undefined, false, 'yes']) {
      const answer = await call(server.url, '/api/assessments', {
        body: { ...submission, ...(consent === undefined ? {} : { consent }) },
      });
      expect(answer.status, answer.text).toBe(400);
      expect(JSON.stringify(answer.body)).toContain('consent');
    }
    expect(readdirSync(folder()).filter((name) => name.endsWith('.json'))).toEqual([]);
  });

  it('stores a result with consent, only the hash of its token, and deletes it from disk', async () => {
    const created = await call(server.url, '/api/assessments', {
      body: { ...submission, consent: true },
    });
    expect(created.status, created.text).toBe(201);
    const id = (created.body as { id: string }).id;
    const token = tokenOf(created.body);
    const file = join(folder(), `${id}.json`);
    expect(existsSync(file)).toBe(true);
    expect(readAllFiles(server.dataDir).some(({ content }) => content.includes(token))).toBe(false);

    const read = await call(server.url, `/api/assessments/${id}`, { token });
    expect(read.status).toBe(200);

    const wrong = await call(server.url, `/api/assessments/${id}`, {
      method: 'DELETE',
      token: `${token.slice(0, -2)}xx`,
    });
    const unknown = await call(server.url, '/api/assessments/AAAAAAAAAAAAAAAAAAAAAA', { token });
    expect(wrong.status).toBe(404);
    expect(wrong.text).toBe(unknown.text);
    expect(existsSync(file)).toBe(true);

    const deleted = await call(server.url, `/api/assessments/${id}`, { method: 'DELETE', token });
    expect(deleted.status).toBeGreaterThanOrEqual(200);
    expect(deleted.status).toBeLessThan(300);
    expect(existsSync(file)).toBe(false);
    expect((await call(server.url, `/api/assessments/${id}`, { token })).status).toBe(404);
  });

  it('answers 400 for wrong answers, 415 for another content type, 405 for a wrong method', async () => {
    const wrong = await call(server.url, '/api/assessments', {
      body: { ...submission, consent: true, locale: 'de' },
    });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(
      'locale',
    );
    const plain = await call(server.url, '/api/assessments', {
      body: JSON.stringify({ ...submission, consent: true }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    expect((await call(server.url, '/api/assessments', { method: 'PUT', body: {} })).status).toBe(
      405,
    );
  });
});
