/**
 * The write limit shared by instances through PostgreSQL: two limiters on two connection pools
 * (two instances) count one client's writes together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedRateLimiter } from '../../../src/server/http/shared-rate-limit.ts';
import { openPostgresStore } from '../../../src/server/store/postgres/postgres-store.ts';
import type { PostgresStore } from '../../../src/server/store/postgres/postgres-store.ts';
import {
  adminQuery,
  dropSchema,
  newSchemaName,
  SKIP_POSTGRES,
  TEST_DATABASE_URL,
} from '../../helpers/postgres.ts';

const suite = SKIP_POSTGRES ? describe.skip : describe;

suite('the write limit shared through PostgreSQL', () => {
  const schema = newSchemaName();
  const stores: PostgresStore[] = [];
  beforeAll(async () => {
    for (let n = 0; n < 2; n += 1) {
      stores.push(await openPostgresStore({ url: TEST_DATABASE_URL, poolSize: 4, schema }));
    }
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await dropSchema(schema);
  });
  const limiters = (perMinute: number) =>
    stores.map((store) => createSharedRateLimiter(store.pool, schema, perMinute));

  it('counts a client’s writes on every instance together', async () => {
    const [a, b] = limiters(5);
    const client = '203.0.113.9';
    const decisions = [];
    for (const limiter of [a, b, a, b, a]) decisions.push(await limiter?.take(client));
    expect(decisions.every((decision) => decision?.allowed)).toBe(true);
    const refused = await b?.take(client);
    expect(refused).toMatchObject({ allowed: false });
    const wait = refused && !refused.allowed ? refused.retryAfterSeconds : 0;
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect((await a?.take(client))?.allowed).toBe(false);
    // Another client has its own count, and so has another limit for the same client.
    expect((await a?.take('198.51.100.1'))?.allowed).toBe(true);
    const pool = stores[0]?.pool;
    if (!pool) throw new Error('no store opened');
    const expensive = createSharedRateLimiter(pool, schema, 5, 'expensive');
    expect((await expensive.take(client)).allowed).toBe(true);
  });

  it('counts 200 concurrent writes of one client exactly', async () => {
    const [a, b] = limiters(120);
    if (!a || !b) throw new Error('two limiters expected');
    const client = '192.0.2.44';
    const decisions = await Promise.all(
      Array.from({ length: 200 }, (_, n) => (n % 2 ? a : b).take(client)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(120);
  });

  it('keeps a hash of the address, never the address, and forgets it once its minute is over', async () => {
    const [a] = limiters(5);
    await a?.take('192.0.2.200');
    const rows = await adminQuery(`SELECT client FROM "${schema}".write_counts`);
    const stored = rows.rows.map((row: { client: string }) => row.client);
    expect(stored.some((client) => client.includes('192.0.2'))).toBe(false);
    expect(stored.every((client) => /^[0-9a-f]{64}$/.test(client))).toBe(true);
    await adminQuery(
      `UPDATE "${schema}".write_counts SET window_start = window_start - interval '61 seconds'`,
    );
    expect(await a?.size()).toBe(0);
  });
});
