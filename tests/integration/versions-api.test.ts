/**
 * Lost updates refused over HTTP, on both stores: answers carry the item's version as `ETag`, a
 * change sent with a stale `If-Match` gets 412 and changes nothing; `*` or no `If-Match` changes
 * the current version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dropSchema,
  newSchemaName,
  SKIP_POSTGRES,
  TEST_DATABASE_URL,
} from '../helpers/postgres.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

const schema = newSchemaName('tdu_etag');
const stores = [
  { name: 'the JSON store', env: {} as Record<string, string>, skip: false },
  {
    name: 'PostgreSQL',
    env: { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
    skip: SKIP_POSTGRES,
  },
];

afterAll(async () => {
  if (!SKIP_POSTGRES) await dropSchema(schema);
});

describe.each(stores)('versions over HTTP on $name', ({ env, skip }) => {
  let server: RunningServer;
  beforeAll(async () => {
    if (!skip) server = await startedServer({ env });
  }, 30_000);
  afterAll(async () => server?.stop());
  const test = skip ? it.skip : it;
  const draft = { role: 'manager', locale: 'en', company: { name: 'North Pier' } };

  test('a job description: ETag on create and read, 412 on a stale If-Match, nothing changed', async () => {
    const created = await call(server.url, '/api/job-descriptions', { body: draft });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"v1"');
    const { id, editToken, version } = created.body as {
      id: string;
      editToken: string;
      version: number;
    };
    expect(version).toBe(1);
    const path = `/api/job-descriptions/${id}`;
    const put = (ifMatch: string | undefined, name: string) =>
      call(server.url, path, {
        method: 'PUT',
        token: editToken,
        headers: ifMatch ? { 'if-match': ifMatch } : {},
        body: { ...draft, company: { name } },
      });

    const first = await put('"v1"', 'Tab one');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"v2"');
    expect((first.body as { version: number }).version).toBe(2);

    const stale = await put('"v1"', 'Tab two');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe('"v2"');
    expect(stale.body).toMatchObject({ error: 'version_conflict' });
    // A weak tag never matches under If-Match.
    expect((await put('W/"v2"', 'Weak')).status).toBe(412);

    const read = await call(server.url, path);
    expect(read.headers.get('etag')).toBe('"v2"');
    expect(read.body).toMatchObject({
      version: 2,
      jobDescription: { company: { name: 'Tab one' } },
    });

    // One of several tags, `*`, or no If-Match at all: the change is made.
    expect((await put('"v1", "v2"', 'List')).headers.get('etag')).toBe('"v3"');
    expect((await put('*', 'Star')).headers.get('etag')).toBe('"v4"');
    expect((await put(undefined, 'Unconditional')).headers.get('etag')).toBe('"v5"');

    const staleDelete = await call(server.url, path, {
      method: 'DELETE',
      token: editToken,
      headers: { 'if-match': '"v4"' },
    });
    expect(staleDelete.status).toBe(412);
    expect((await call(server.url, path)).status).toBe(200);
  });

  test('an assessment: ETag on read, 412 on a stale If-Match delete', async () => {
    const created = await call(server.url, '/api/assessments', {
      body: { ...(await validAssessmentSubmission()), consent: true },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"v1"');
    const { id, token } = created.body as { id: string; token: string };
    const read = await call(server.url, `/api/assessments/${id}`, { token });
    expect(read.headers.get('etag')).toBe('"v1"');
    const stale = await call(server.url, `/api/assessments/${id}`, {
      method: 'DELETE',
      token,
      headers: { 'if-match': '"v7"' },
    });
    expect(stale.status).toBe(412);
    const gone = await call(server.url, `/api/assessments/${id}`, {
      method: 'DELETE',
      token,
      headers: { 'if-match': '"v1"' },
    });
    expect(gone.status).toBe(204);
  });
});
