/**
 * PostgreSQL for tests: the server named by `TEST_DATABASE_URL` (default: the machine's own,
 * `postgresql://<user>@127.0.0.1:5432/test`), one fresh schema per test run, dropped afterwards.
 *
 * Tests that need PostgreSQL fail with a clear message when it cannot be reached: they are never
 * skipped silently. `SKIP_POSTGRES_TESTS=1` skips them on purpose (they then count as skipped).
 */
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';

/** The test server's address (the local user name: trust authentication, like `psql`). */
export const TEST_DATABASE_URL =
  process.env['TEST_DATABASE_URL'] ??
  `postgresql://${encodeURIComponent(process.env['PGUSER'] ?? userInfo().username)}@127.0.0.1:5432/test`;

/** True when the PostgreSQL tests were turned off on purpose. */
export const SKIP_POSTGRES = process.env['SKIP_POSTGRES_TESTS'] === '1';

/** A new schema name, unique to this run: `tdu_test_<pid>_<random>`. */
export function newSchemaName(prefix = 'tdu_test'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Runs one statement on the test server with a short-lived connection. */
export async function adminQuery(sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${String(error)}). Start it ` +
        '(`pg_ctlcluster --skip-systemctl-redirect 15 main start`), point TEST_DATABASE_URL at ' +
        'one, or set SKIP_POSTGRES_TESTS=1 to skip these tests on purpose.',
      { cause: error },
    );
  }
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  if (!/^tdu_[a-z0-9_]+$/.test(schema)) throw new Error(`not a test schema: ${schema}`);
  await adminQuery(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
