import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { ServerConfig } from '../config.ts';
import { schemaIdentifier } from '../store/postgres/migrations.ts';
import { toStoreError } from '../store/postgres/pg-errors.ts';
import { openStore } from '../store/index.ts';
import { createRateLimiter } from './rate-limit.ts';
import type { RateDecision } from './rate-limit.ts';

/** A rate limiter whose counts may live outside the process (hence asynchronous). */
export interface SharedRateLimiter {
  /** Counts one request of `client` and says whether it is within the limit. */
  take(client: string): Promise<RateDecision>;
  /** Number of clients currently remembered. */
  size(): Promise<number>;
}

/**
 * The write rate limit counted in PostgreSQL, so that every instance on one database shares it:
 * one row per client (a hash of the address, never the address itself) with the start of its
 * one-minute window and its count, changed by one atomic upsert per request. Windows are timed by
 * the database's clock, so instances with skewed clocks agree. Rows of ended windows are deleted
 * every few seconds, so no trace of a client is kept much longer than a minute.
 */
export function createSharedRateLimiter(
  pool: Pool,
  schema: string,
  perMinute: number,
  /** Which limit this is, so that several limits (writes, expensive routes) count apart. */
  scope = 'write',
): SharedRateLimiter {
  const table = `${schemaIdentifier(schema)}.write_counts`;
  const sweep = () =>
    pool
      .query(`DELETE FROM ${table} WHERE window_start <= clock_timestamp() - interval '1 minute'`)
      .catch(() => undefined);
  setInterval(() => void sweep(), 5_000).unref();
  return {
    async take(client): Promise<RateDecision> {
      if (perMinute <= 0) return { allowed: true };
      const key = createHash('sha256').update(`${scope}:${client}`, 'utf8').digest('hex');
      let row: { count: number; retry: number } | undefined;
      try {
        const expired = `w.window_start <= clock_timestamp() - interval '1 minute'`;
        row = (
          await pool.query<{ count: number; retry: number }>(
            `INSERT INTO ${table} AS w (client, window_start, count)
               VALUES ($1, clock_timestamp(), 1)
             ON CONFLICT (client) DO UPDATE SET
               window_start = CASE WHEN ${expired} THEN clock_timestamp() ELSE w.window_start END,
               count = CASE WHEN ${expired} THEN 1 ELSE w.count + 1 END
             RETURNING count,
               ceil(extract(epoch FROM w.window_start + interval '1 minute' - clock_timestamp()))::integer
                 AS retry`,
            [key],
          )
        ).rows[0];
      } catch (error) {
        throw toStoreError(error);
      }
      if (!row || row.count <= perMinute) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, row.retry) };
    },
    async size() {
      await sweep();
      try {
        const result = await pool.query<{ n: number }>(
          `SELECT count(*)::integer AS n FROM ${table}`,
        );
        return result.rows[0]?.n ?? 0;
      } catch (error) {
        throw toStoreError(error);
      }
    },
  };
}

/**
 * The process's write limiter: shared through PostgreSQL when `DATABASE_URL` is set (several
 * instances, one limit), else counted in this process's memory (one instance).
 */
export function createWriteLimiter(
  config: Pick<
    ServerConfig,
    | 'writeRateLimit'
    | 'dataDir'
    | 'onCorrupt'
    | 'databaseUrl'
    | 'databasePoolSize'
    | 'databaseSchema'
  >,
): SharedRateLimiter {
  const local = () => {
    const limiter = createRateLimiter(config.writeRateLimit);
    return {
      take: (client: string) => Promise.resolve(limiter.take(client)),
      size: () => Promise.resolve(limiter.size()),
    };
  };
  if (!config.databaseUrl) return local();
  let shared: Promise<SharedRateLimiter> | undefined;
  const limiter = () =>
    (shared ??= openStore(config).then((store) =>
      store.kind === 'postgres'
        ? createSharedRateLimiter(store.pool, store.schema, config.writeRateLimit)
        : local(),
    ));
  return {
    take: async (client) => (await limiter()).take(client),
    size: async () => (await limiter()).size(),
  };
}
