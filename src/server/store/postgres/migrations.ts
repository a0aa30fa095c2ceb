import type { Pool } from 'pg';
import { toStoreError } from './pg-errors.ts';

/** One change of the database's structure. Applied once, in order, never edited once released. */
export interface Migration {
  /** Position in the sequence, from 1; recorded in `schema_migrations`. */
  version: number;
  /** What it does, in a few words. */
  name: string;
  /** Statements run inside the migration's transaction, with the store's schema as search path. */
  sql: string;
}

/**
 * The migrations of the PostgreSQL store. Records are JSONB documents; the columns the store
 * looks up (collection and id), purges and lists by (creation time) are real, indexed columns.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records',
    sql: `
      CREATE TABLE records (
        collection text NOT NULL,
        id text NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        data jsonb NOT NULL,
        PRIMARY KEY (collection, id)
      );
      CREATE INDEX records_collection_created_at ON records (collection, created_at, id);`,
  },
  {
    version: 2,
    name: 'write counts of the shared rate limit',
    sql: `
      CREATE TABLE write_counts (
        client text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        count integer NOT NULL
      );
      CREATE INDEX write_counts_window_start ON write_counts (window_start);`,
  },
];

/** Names PostgreSQL accepts unquoted; the store's schema must be one (it is put in SQL text). */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A schema name as an SQL identifier, after checking it. */
export function schemaIdentifier(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid schema name "${schema}": lower-case letters, digits and _ only`);
  }
  return `"${schema}"`;
}

/** What `applyMigrations` did. */
export interface MigrationReport {
  /** Versions applied by this call (empty when the schema was up to date). */
  applied: number[];
  /** The schema's version afterwards. */
  current: number;
}

/**
 * Brings `schema` up to date: creates it if needed, then applies the migrations it lacks, each
 * recorded in `schema_migrations`, all in one transaction under an advisory lock, so that
 * instances starting together apply each migration once and a failure leaves nothing half-done.
 * Refuses a schema newer than this code (an older release must not run on it).
 */
export async function applyMigrations(
  pool: Pool,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  const quoted = schemaIdentifier(schema);
  let client;
  try {
    client = await pool.connect();
  } catch (error) {
    throw toStoreError(error);
  }
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `trait-d-union:migrate:${schema}`,
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(`SET LOCAL search_path TO ${quoted}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const have = new Set(done.rows.map((row) => row.version));
    const latest = Math.max(0, ...migrations.map((migration) => migration.version));
    const newer = [...have].filter((version) => version > latest);
    if (newer.length > 0) {
      throw new Error(
        `the database schema "${schema}" is at version ${Math.max(...newer)}, newer than this ` +
          `release (${latest}): run the newer release, or restore a backup`,
      );
    }
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (have.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return { applied, current: latest };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw toStoreError(error);
  } finally {
    client.release();
  }
}
