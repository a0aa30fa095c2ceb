/**
 * Two server processes on one PostgreSQL database (a schema of its own, dropped afterwards),
 * reached through a TCP proxy the test can cut, as a database restart would: writes made on one
 * are read on the other, lost updates are refused across them, concurrent creates are all stored,
 * a SIGKILLed instance loses no acknowledged write, and a database outage gives 503 with
 * Retry-After, then recovery, with every acknowledged write present.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminQuery,
  dropSchema,
  newSchemaName,
  SKIP_POSTGRES,
  TEST_DATABASE_URL,
} from '../helpers/postgres.ts';
import { openPostgresStore } from '../../src/server/store/postgres/postgres-store.ts';
import { newCredentials } from '../../src/server/tokens.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';
import { startTcpProxy } from './helpers/tcp-proxy.ts';
import type { TcpProxy } from './helpers/tcp-proxy.ts';

const suite = SKIP_POSTGRES ? describe.skip : describe;

suite('two server processes on one PostgreSQL database', () => {
  const schema = newSchemaName('tdu_two');
  let proxy: TcpProxy;
  let servers: RunningServer[] = [];
  let submission: Record<string, unknown>;

  /** Names this run's connections, so that the test can end them and no one else's. */
  const applicationName = `${schema}_app`;
  const databaseUrl = () => {
    const url = new URL(TEST_DATABASE_URL);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    url.searchParams.set('application_name', applicationName);
    return url.toString();
  };
  const start = () =>
    startedServer({
      env: { DATABASE_URL: databaseUrl(), DATABASE_SCHEMA: schema, DATABASE_POOL_SIZE: '8' },
    });

  /** The ids stored in a collection, read from PostgreSQL directly (not through the proxy). */
  async function storedIds(collection: string): Promise<Set<string>> {
    const result = await adminQuery(`SELECT id FROM "${schema}".records WHERE collection = $1`, [
      collection,
    ]);
    return new Set(result.rows.map((row: { id: string }) => row.id));
  }

  /** POST /api/assessments; the id when the server acknowledged (201), else the status or error. */
  async function createAssessment(
    server: RunningServer,
  ): Promise<{ id?: string; status: number; retryAfter?: string | null }> {
    try {
      const answer = await call(server.url, '/api/assessments', {
        body: { ...submission, consent: true },
      });
      const id = (answer.body as { id?: string } | undefined)?.id;
      return answer.status === 201 && id
        ? { id, status: 201 }
        : { status: answer.status, retryAfter: answer.headers.get('retry-after') };
    } catch {
      return { status: 0 }; // no answer at all (the process is gone)
    }
  }

  beforeAll(async () => {
    const target = new URL(TEST_DATABASE_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    submission = await validAssessmentSubmission();
    // The first instance creates the schema (migrations); the second finds it up to date.
    servers = [await start(), await start()];
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await proxy?.close();
    await dropSchema(schema);
    removeTempFolders();
  }, 30_000);

  it('reads on one instance what the other wrote, and refuses a lost update across them', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const draft = { role: 'animator', locale: 'fr', company: { name: 'Atelier Lumen' } };
    const created = await call(a.url, '/api/job-descriptions', { body: draft });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"v1"');
    const { id, editToken } = created.body as { id: string; editToken: string };

    const read = await call(b.url, `/api/job-descriptions/${id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"v1"');
    expect(
      (read.body as { jobDescription: { company: { name: string } } }).jobDescription.company.name,
    ).toBe('Atelier Lumen');

    // Alice (on B) and Bob (on A) both read version 1; Alice saves first.
    const alice = await call(b.url, `/api/job-descriptions/${id}`, {
      method: 'PUT',
      token: editToken,
      headers: { 'if-match': '"v1"' },
      body: { ...draft, company: { name: 'Atelier Lumen (Alice)' } },
    });
    expect(alice.status).toBe(200);
    expect(alice.headers.get('etag')).toBe('"v2"');
    const bob = await call(a.url, `/api/job-descriptions/${id}`, {
      method: 'PUT',
      token: editToken,
      headers: { 'if-match': '"v1"' },
      body: { ...draft, company: { name: 'Atelier Lumen (Bob)' } },
    });
    expect(bob.status).toBe(412);
    expect(bob.headers.get('etag')).toBe('"v2"');
    expect((bob.body as { error: string }).error).toBe('version_conflict');
    const after = await call(a.url, `/api/job-descriptions/${id}`);
    expect(
      (after.body as { jobDescription: { company: { name: string } } }).jobDescription.company.name,
    ).toBe('Atelier Lumen (Alice)');
    const staleDelete = await call(a.url, `/api/job-descriptions/${id}`, {
      method: 'DELETE',
      token: editToken,
      headers: { 'if-match': '"v1"' },
    });
    expect(staleDelete.status).toBe(412);
    const deleted = await call(a.url, `/api/job-descriptions/${id}`, {
      method: 'DELETE',
      token: editToken,
      headers: { 'if-match': '"v2"' },
    });
    expect(deleted.status).toBe(204);
    expect((await call(b.url, `/api/job-descriptions/${id}`)).status).toBe(404);
  });

  it('stores all of 500 concurrent creates spread over both instances', async () => {
    const before = await storedIds('assessments');
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, n) => createAssessment(servers[n % 2] as RunningServer)),
    );
    const statuses = new Map<number, number>();
    for (const { status } of results) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    expect(Object.fromEntries(statuses)).toEqual({ 201: 500 });
    const after = await storedIds('assessments');
    const createdIds = results.map((result) => result.id ?? '');
    expect(new Set(createdIds).size).toBe(500);
    for (const id of createdIds) expect(after.has(id)).toBe(true);
    expect(after.size - before.size).toBe(500);
  }, 120_000);

  it('loses no acknowledged write when one instance is SIGKILLed during a write storm', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const acknowledged: string[] = [];
    let stop = false;
    const worker = async (server: RunningServer) => {
      while (!stop) {
        const result = await createAssessment(server);
        if (result.id) acknowledged.push(result.id);
        if (result.status === 0) return; // the process is gone
      }
    };
    const workers = [
      ...Array.from({ length: 8 }, () => worker(a)),
      ...Array.from({ length: 8 }, () => worker(b)),
    ];
    while (acknowledged.length < 300) await new Promise((resolve) => setTimeout(resolve, 20));
    a.child.kill('SIGKILL');
    const ackedAtKill = acknowledged.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    stop = true;
    await Promise.all(workers);
    expect(
      a.child.signalCode ?? (await new Promise((r) => a.child.once('exit', (_c, s) => r(s)))),
    ).toBe('SIGKILL');
    // B kept acknowledging writes after A died.
    expect(acknowledged.length).toBeGreaterThan(ackedAtKill);
    const stored = await storedIds('assessments');
    const missing = acknowledged.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);

    // A comes back on the same database and reads what B wrote while it was down.
    const restarted = await start();
    servers[0] = restarted;
    const last = acknowledged.at(-1) ?? '';
    expect((await storedIds('assessments')).has(last)).toBe(true);
  }, 120_000);

  it('answers 503 with Retry-After while the database is away, then recovers with no acknowledged write lost', async () => {
    const acknowledged: string[] = [];
    const refusals: { status: number; retryAfter?: string | null | undefined }[] = [];
    let phase: 'before' | 'cut' | 'after' = 'before';
    let stop = false;
    let acknowledgedAfter = 0;
    const worker = async (server: RunningServer) => {
      while (!stop) {
        const result = await createAssessment(server);
        if (result.id) {
          acknowledged.push(result.id);
          if (phase === 'after') acknowledgedAfter += 1;
        } else {
          refusals.push({ status: result.status, retryAfter: result.retryAfter });
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    const workers = servers.flatMap((server) => Array.from({ length: 6 }, () => worker(server)));
    while (acknowledged.length < 100) await new Promise((resolve) => setTimeout(resolve, 20));

    const saved = await call(servers[0]?.url ?? '', '/api/job-descriptions', {
      body: { role: 'manager', locale: 'en', company: { name: 'Harbour Lights' } },
    });
    const pagePath = `/en/job-descriptions/${(saved.body as { id: string }).id}/`;

    phase = 'cut';
    proxy.cut();
    const refusedBefore = refusals.length;
    // A saved item's page says, in its language, to try again in a moment (503, Retry-After).
    const page = await fetch(`${servers[1]?.url ?? ''}${pagePath}`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await page.text()).toContain('please try again in a moment');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(refusals.length).toBeGreaterThan(refusedBefore);
    proxy.restore();
    phase = 'after';
    const deadline = Date.now() + 20_000;
    while (acknowledgedAfter < 100 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stop = true;
    await Promise.all(workers);

    // Every refusal was a clean 503 with Retry-After: no 500, no dropped connection.
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    }
    // Both instances recovered on their own.
    expect(acknowledgedAfter).toBeGreaterThanOrEqual(100);
    expect((await fetch(`${servers[1]?.url ?? ''}${pagePath}`)).status).toBe(200);
    const stored = await storedIds('assessments');
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  }, 120_000);

  it('survives the database ending every connection twice during a write storm (as a restart does)', async () => {
    const acknowledged: string[] = [];
    const refusals: { status: number; retryAfter?: string | null | undefined }[] = [];
    let stop = false;
    const worker = async (server: RunningServer) => {
      while (!stop) {
        const result = await createAssessment(server);
        if (result.id) acknowledged.push(result.id);
        else refusals.push({ status: result.status, retryAfter: result.retryAfter });
      }
    };
    const workers = servers.flatMap((server) => Array.from({ length: 6 }, () => worker(server)));
    let ended = 0;
    for (let round = 0; round < 2; round += 1) {
      const target = acknowledged.length + 100;
      while (acknowledged.length < target) await new Promise((resolve) => setTimeout(resolve, 20));
      // What PostgreSQL does to its sessions when it shuts down: "terminating connection due to
      // administrator command" (57P01), for this run's connections only.
      const killed = await adminQuery(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`,
        [applicationName],
      );
      ended += killed.rowCount ?? 0;
    }
    const target = acknowledged.length + 100;
    const deadline = Date.now() + 20_000;
    while (acknowledged.length < target && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    stop = true;
    await Promise.all(workers);
    expect(ended).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(target);
    for (const refusal of refusals) {
      expect(refusal).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    }
    const stored = await storedIds('assessments');
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  }, 120_000);
});

suite('two instances sharing the write limit and the retention purge', () => {
  const schema = newSchemaName('tdu_two');
  let servers: RunningServer[] = [];
  const expired: string[] = [];

  beforeAll(async () => {
    // Three records created three years ago, stored before either instance starts.
    const store = await openPostgresStore({ url: TEST_DATABASE_URL, poolSize: 2, schema });
    const at = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString();
    for (let n = 0; n < 3; n += 1) {
      const { id, tokenHash } = newCredentials();
      await store.create('assessments', { id, tokenHash, createdAt: at, updatedAt: at, data: {} });
      expired.push(id);
    }
    await store.close();
    const env = {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      WRITE_RATE_LIMIT: '5',
      RETENTION_DAYS: '730',
    };
    servers = await Promise.all([startedServer({ env }), startedServer({ env })]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await dropSchema(schema);
    removeTempFolders();
  }, 30_000);

  it('refuses the sixth write of a minute whichever instance gets it', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const statuses: number[] = [];
    for (const server of [a, b, a, b, a, b]) {
      const answer = await call(server.url, '/api/assessments/score', { body: {} });
      statuses.push(answer.status);
      if (answer.status === 429) expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    // Five counted writes go through (400: the empty body is refused after counting), the sixth is 429.
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it('purges each expired record once, across both instances', async () => {
    const left = await adminQuery(
      `SELECT count(*)::integer AS n FROM "${schema}".records WHERE id = ANY($1)`,
      [expired],
    );
    expect(left.rows[0]).toEqual({ n: 0 });
    const deleted = servers
      .map((server) => /Retention: deleted (\d+)/.exec(server.output())?.[1])
      .map(Number)
      .filter((n) => n > 0);
    expect(deleted.reduce((sum, n) => sum + n, 0)).toBe(3);
  });
});
