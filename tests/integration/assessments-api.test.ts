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
/** The secret token of a create answer: the documented contract has exactly one, `token`. */
function tokenOf(body: unknown): string {
  const answer = body as Record<string, unknown>;
  expect(Object.keys(answer).sort()).toEqual(['explanations', 'id', 'link', 'result', 'token']);
  const token = answer['token'];
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
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
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

  it('questionnaire, score with explanations and cautions, read, PDF: the documented contract', async () => {
    const published = await call(server.url, '/api/assessment/questionnaire?locale=en', {
      method: 'GET',
    });
    expect(published.status).toBe(200);
    const body = published.body as {
      version: string;
      items: { id: string; type: string; format: { values: (number | string)[] } }[];
    };
    expect(new Set(body.items.map((item) => item.type))).toEqual(
      new Set(['statement', 'scenario', 'practice', 'tool']),
    );
    expect(published.text).not.toMatch(/"(?:points|reverse|purpose|expected)"/);
    expect(
      (await call(server.url, '/api/assessment/questionnaire?locale=de', { method: 'GET' })).status,
    ).toBe(400);

    // The middle value of each format everywhere: content-free answers.
    const answers = Object.fromEntries(
      body.items.map((item) => [item.id, item.format.values[2] ?? item.format.values[0]]),
    );
    const submission = { locale: 'en', version: body.version, answers, elapsedSeconds: 30 };
    const [firstId = '', secondId = ''] = body.items.map((item) => item.id);
    const rest = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== firstId));
    const rejected = await call(server.url, '/api/assessments/score', {
      body: { ...submission, answers: { ...rest, [secondId]: 'seven' } },
    });
    expect(rejected.status).toBe(400);
    expect(
      (rejected.body as { issues: { path: string }[] }).issues.map((i) => i.path).sort(),
    ).toEqual([`answers.${firstId}`, `answers.${secondId}`].sort());

    const scored = await call(server.url, '/api/assessments/score', { body: submission });
    expect(scored.status).toBe(200);
    const { result, explanations } = scored.body as {
      result: {
        confidence: string;
        flags: { type: string }[];
        roles: { fit: number }[];
        skills: { skill: string; level: number; evidence: unknown[] }[];
        norms: { status: string };
        version: string;
      };
      explanations: Record<string, { summary: string; lines: string[] }>;
    };
    expect(result.version).toBe(body.version);
    expect(result.confidence).toBe('low');
    expect(result.flags.map((f) => f.type)).toEqual(
      expect.arrayContaining(['too-fast', 'straight-lining', 'attention']),
    );
    for (const role of result.roles) expect(role.fit).toBeLessThanOrEqual(50);
    const first = result.skills[0];
    expect(first?.evidence.length).toBeGreaterThan(0);
    expect(explanations[first?.skill ?? '']?.lines.length).toBe(first?.evidence.length);
    expect(result.norms.status).toBe('too-few');

    const saved = await call(server.url, '/api/assessments', {
      body: { ...submission, consent: true, name: 'Ada Martin', norms: true },
    });
    expect(saved.status).toBe(201);
    const { id } = saved.body as { id: string };
    const token = tokenOf(saved.body);
    const read = await call(server.url, `/api/assessments/${id}`, { method: 'GET', token });
    expect(read.status).toBe(200);
    const stored = read.body as { assessment: { version: string; name: string; norms: boolean } };
    expect(stored.assessment).toMatchObject({
      version: body.version,
      name: 'Ada Martin',
      norms: true,
    });
    const pdf = await fetch(`${server.url}/api/assessments/${id}/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /self-assessment-\d{4}-\d{2}-\d{2}\.pdf/,
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('shows percentiles once 30 results were saved with the owners’ agreement, not before', async () => {
    const score = async () =>
      (
        (await call(server.url, '/api/assessments/score', { body: submission })).body as {
          result: {
            norms: { status: string; count: number; percentiles?: Record<string, number> };
          };
        }
      ).result.norms;
    const before = await score();
    expect(before.status).toBe('too-few');
    // Results saved without agreeing to count are never part of the comparison.
    await call(server.url, '/api/assessments', { body: { ...submission, consent: true } });
    expect((await score()).count).toBe(before.count);
    for (let index = before.count; index < 30; index += 1) {
      const saved = await call(server.url, '/api/assessments', {
        body: { ...submission, consent: true, norms: true },
      });
      expect(saved.status).toBe(201);
    }
    const after = await score();
    expect(after.status).toBe('ready');
    expect(after.count).toBe(30);
    expect(Object.keys(after.percentiles ?? {}).length).toBeGreaterThan(10);
  });
});
