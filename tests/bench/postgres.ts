/**
 * The PostgreSQL store measured beside the JSON store: single writes at 100 and 20,000 records,
 * and `POST /api/assessments` under 50 concurrent clients on one instance and on two instances
 * sharing one database. Runs inside `npm run bench`; alone: `node tests/bench/postgres.ts`.
 * Uses a schema of its own on `BENCH_DATABASE_URL` (default: the local server's `test`
 * database), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPostgresStore } from '../../src/server/store/postgres/postgres-store.ts';
import type { PostgresStore } from '../../src/server/store/postgres/postgres-store.ts';
import { newCredentials } from '../../src/server/tokens.ts';
import { loadRow, runLoad } from './load.ts';
import type { LoadResult } from './load.ts';
import { startServer } from './server.ts';
import type { BenchServer } from './server.ts';

/** What the PostgreSQL part of the bench measured, or why it could not. */
export type PostgresBench =
  | {
      writes: { at100Ms: number; at20000Ms: number; ratio: number; fillSeconds: number };
      api: Record<string, LoadResult>;
      poolSize: number;
    }
  | { skipped: string };

const DATABASE_URL =
  process.env['BENCH_DATABASE_URL'] ??
  `postgresql://${encodeURIComponent(process.env['PGUSER'] ?? userInfo().username)}@127.0.0.1:5432/test`;
const POOL_SIZE = 10;

function record(index: number) {
  const { id, tokenHash } = newCredentials();
  const now = new Date().toISOString();
  return {
    id,
    tokenHash,
    createdAt: now,
    updatedAt: now,
    data: { index, locale: 'fr', answers: { 'empathy-1': 4, 'empathy-2': 3, scenario: 'b' } },
  };
}

async function medianWrite(store: PostgresStore, samples: number, from: number) {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    await store.create('assessments', record(from + i));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs the PostgreSQL measurements with `assessmentBody` as the saved answers. */
export async function measurePostgres(assessmentBody: string): Promise<PostgresBench> {
  const schema = `tdu_bench_${randomBytes(4).toString('hex')}`;
  let store: PostgresStore;
  try {
    store = await openPostgresStore({ url: DATABASE_URL, poolSize: POOL_SIZE, schema });
  } catch (error) {
    return { skipped: `PostgreSQL not reachable at ${DATABASE_URL}: ${String(error)}` };
  }
  const servers: BenchServer[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'tdu-bench-pg-'));
  try {
    const fillStarted = performance.now();
    for (let i = 0; i < 100; i += 1) await store.create('assessments', record(i));
    const at100Ms = await medianWrite(store, 200, 100);
    const batch = 50;
    for (let stored = await store.count('assessments'); stored < 20_000; stored += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, 20_000 - stored) }, (_, i) =>
          store.create('assessments', record(stored + i)),
        ),
      );
    }
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    const at20000Ms = await medianWrite(store, 200, 20_000);

    const env = {
      DATABASE_URL,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
    };
    for (let n = 0; n < 2; n += 1) servers.push(await startServer(await freePort(), dataDir, env));
    const [one, two] = servers as [BenchServer, BenchServer];
    const scenario = {
      method: 'POST' as const,
      url: `${one.base}/api/assessments`,
      body: assessmentBody,
      expectStatus: 201,
    };
    const api: Record<string, LoadResult> = {};
    api['POST /api/assessments (PostgreSQL, 1 instance)'] = await runLoad(scenario);
    api['POST /api/assessments (PostgreSQL, 2 instances)'] = await runLoad({
      ...scenario,
      alsoUrls: [`${two.base}/api/assessments`],
    });
    return {
      writes: { at100Ms, at20000Ms, ratio: at20000Ms / at100Ms, fillSeconds },
      api,
      poolSize: POOL_SIZE,
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await store.close();
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The figures as Markdown table rows. */
export function postgresRows(result: PostgresBench): string[] {
  if ('skipped' in result) return ['', `PostgreSQL: not measured (${result.skipped})`];
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const out = [
    '',
    `| PostgreSQL store write (pool of ${result.poolSize}) | median |`,
    '| --- | ---: |',
    `| at 100 records | ${ms(result.writes.at100Ms)} |`,
    `| at 20,000 records | ${ms(result.writes.at20000Ms)} |`,
    `| ratio | ×${result.writes.ratio.toFixed(2)} |`,
    `| 20,000 records stored in | ${result.writes.fillSeconds.toFixed(1)} s |`,
    '',
    '| API on PostgreSQL (50 clients, 8 s after 8 s of warm-up) | req/s | p50 | p99 | errors | warm-up: req/s, p99 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, row] of Object.entries(result.api)) out.push(loadRow(name, row));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { validAssessmentSubmission } = await import('../integration/helpers/assessment-body.ts');
  const body = JSON.stringify({ ...(await validAssessmentSubmission()), consent: true });
  const result = await measurePostgres(body);
  process.stdout.write(`${postgresRows(result).join('\n')}\n`);
}
