import pg from 'pg';
import type { Pool, PoolClient } from 'pg';
import { DuplicateIdError, VersionConflictError } from '../conflicts.ts';
import type { ChangeCondition, CollectionName, StoragePort, StoredRecord } from '../port.ts';
import { applyMigrations, schemaIdentifier } from './migrations.ts';
import type { MigrationReport } from './migrations.ts';
import { isUniqueViolation, toStoreError } from './pg-errors.ts';

/** How to open the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** Most connections this process opens (`DATABASE_POOL_SIZE`); at least 2. */
  poolSize: number;
  /** Schema of the tables (`DATABASE_SCHEMA`, default `public`). */
  schema?: string;
  /** Apply pending migrations on opening (the server does; default true). */
  migrate?: boolean;
}

/** The PostgreSQL store: the storage port plus what the process needs to manage it. */
export interface PostgresStore extends StoragePort {
  readonly kind: 'postgres';
  /** Where the data is, without the password: `postgres://host:port/db (schema public)`. */
  readonly location: string;
  /** The connection pool (the shared rate limit counts writes through it). */
  readonly pool: Pool;
  /** The schema holding the tables. */
  readonly schema: string;
  /** What opening did to the schema (undefined when opened with `migrate: false`). */
  readonly migrations: MigrationReport | undefined;
  /** Waits for queries in flight, then closes every connection. */
  close(): Promise<void>;
}

/** The database's address without its password, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'an invalid DATABASE_URL';
  }
}

interface Row {
  id: string;
  token_hash: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  data: unknown;
}

const COLUMNS = 'id, token_hash, created_at, updated_at, version, data';

/**
 * The JSON text of a document as JSONB accepts it: JSONB cannot hold the NUL character, so a
 * `\u0000` escape (one preceded by an even number of backslashes, i.e. not a literal backslash
 * followed by "u0000") becomes U+FFFD, the replacement character, instead of failing the write.
 */
export function toJsonb(data: unknown): string {
  return JSON.stringify(data).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

function toRecord<T>(row: Row): StoredRecord<T> {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    data: row.data as T,
  };
}

/** Creates the pool: bounded, failing fast when the database cannot be reached. */
export function createPool(url: string, poolSize: number): Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // A request waits at most this long for a connection before answering 503.
    connectionTimeoutMillis: 5_000,
    // A query that gets no answer (database hung, network cut) fails instead of hanging.
    query_timeout: 15_000,
    idleTimeoutMillis: 10_000,
    keepAlive: true,
    application_name: 'trait-d-union',
  });
  // An idle connection that breaks (database restarted) is dropped by the pool; without this
  // listener the 'error' event would end the process.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Opens the PostgreSQL store: one table of JSONB documents keyed by collection and id, with the
 * creation time, update time and version as indexed columns. Applies pending migrations first.
 * Every change is one statement, committed before the promise resolves (so acknowledged writes
 * survive a crash of this process or of the database); a conditional change compares the version
 * in the same statement, so concurrent instances cannot overwrite each other's changes.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = options.schema ?? 'public';
  const table = `${schemaIdentifier(schema)}.records`;
  const pool = createPool(options.url, Math.max(2, options.poolSize));
  let migrations: MigrationReport | undefined;
  try {
    if (options.migrate ?? true) migrations = await applyMigrations(pool, schema);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw toStoreError(error);
  }

  async function query<R extends object>(text: string, values: unknown[]): Promise<R[]> {
    try {
      return (await pool.query<R>(text, values)).rows;
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async function currentVersion(collection: CollectionName, id: string) {
    const [row] = await query<{ version: number }>(
      `SELECT version FROM ${table} WHERE collection = $1 AND id = $2`,
      [collection, id],
    );
    return row?.version;
  }

  return {
    kind: 'postgres',
    location: `${describeDatabaseUrl(options.url)} (schema ${schema})`,
    pool,
    schema,
    migrations,
    async create(collection, record) {
      try {
        await pool.query(
          `INSERT INTO ${table} (collection, ${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
          [
            collection,
            record.id,
            record.tokenHash,
            record.createdAt,
            record.updatedAt,
            record.version ?? 1,
            toJsonb(record.data),
          ],
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateIdError(record.id);
        throw toStoreError(error);
      }
    },
    async get<T>(collection: CollectionName, id: string) {
      const [row] = await query<Row>(
        `SELECT ${COLUMNS} FROM ${table} WHERE collection = $1 AND id = $2`,
        [collection, id],
      );
      return row ? toRecord<T>(row) : undefined;
    },
    async update<T>(collection: CollectionName, id: string, data: T, condition?: ChangeCondition) {
      const expected = condition?.expectedVersion ?? null;
      const [row] = await query<Row>(
        `UPDATE ${table} SET data = $3::jsonb, version = version + 1,
           updated_at = greatest(clock_timestamp(), updated_at + interval '1 millisecond')
         WHERE collection = $1 AND id = $2 AND ($4::integer IS NULL OR version = $4)
         RETURNING ${COLUMNS}`,
        [collection, id, toJsonb(data), expected],
      );
      if (row) return toRecord<T>(row);
      const current = expected === null ? undefined : await currentVersion(collection, id);
      if (expected !== null && current !== undefined) {
        throw new VersionConflictError(expected, current);
      }
      return undefined;
    },
    async delete(collection, id, condition) {
      const expected = condition?.expectedVersion ?? null;
      const rows = await query<{ id: string }>(
        `DELETE FROM ${table}
         WHERE collection = $1 AND id = $2 AND ($3::integer IS NULL OR version = $3)
         RETURNING id`,
        [collection, id, expected],
      );
      if (rows.length > 0) return true;
      const current = expected === null ? undefined : await currentVersion(collection, id);
      if (expected !== null && current !== undefined) {
        throw new VersionConflictError(expected, current);
      }
      return false;
    },
    async listCreatedBefore(collection, before) {
      const rows = await query<{ id: string; created_at: Date }>(
        `SELECT id, created_at FROM ${table}
         WHERE collection = $1 AND created_at < $2 ORDER BY created_at, id`,
        [collection, before],
      );
      return rows.map((row) => ({ id: row.id, createdAt: row.created_at.toISOString() }));
    },
    async count(collection) {
      const [row] = await query<{ count: number }>(
        `SELECT count(*)::integer AS count FROM ${table} WHERE collection = $1`,
        [collection],
      );
      return row?.count ?? 0;
    },
    async runExclusive(name, task) {
      let client: PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw toStoreError(error);
      }
      const key = `trait-d-union:${schema}:${name}`;
      let locked = false;
      try {
        try {
          const [row] = (
            await client.query<{ locked: boolean }>(
              'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
              [key],
            )
          ).rows;
          locked = row?.locked === true;
        } catch (error) {
          throw toStoreError(error);
        }
        // Another instance holds the lock: it is doing the task now.
        if (!locked) return undefined;
        return await task();
      } finally {
        // The lock belongs to this connection: unlock it, or (if that fails) drop the connection,
        // which releases it too.
        const unlocked = locked
          ? await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).then(
              () => true,
              () => false,
            )
          : true;
        client.release(!unlocked);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
