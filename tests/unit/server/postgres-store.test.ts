/** What is particular to the PostgreSQL store (the shared behaviour is in store-contract.test.ts). */
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/server/store/postgres/migrations.ts';
import { openPostgresStore, toJsonb } from '../../../src/server/store/postgres/postgres-store.ts';
import type { PostgresStore } from '../../../src/server/store/postgres/postgres-store.ts';
import { newCredentials } from '../../../src/server/tokens.ts';
import {
  adminQuery,
  dropSchema,
  newSchemaName,
  SKIP_POSTGRES,
  TEST_DATABASE_URL,
} from '../../helpers/postgres.ts';

describe('toJsonb', () => {
  it('replaces the NUL character, which JSONB cannot hold, and nothing else', () => {
    expect(JSON.parse(toJsonb({ a: 'x\u0000y' }))).toEqual({ a: 'x\ufffdy' });
    // A literal backslash followed by "u0000" is text, not a NUL: kept as it is.
    expect(JSON.parse(toJsonb({ a: '\\u0000', b: '\\\u0000' }))).toEqual({
      a: '\\u0000',
      b: '\\\ufffd',
    });
  });
});

const suite = SKIP_POSTGRES ? describe.skip : describe;

suite('the PostgreSQL store', () => {
  const schemas: string[] = [];
  const stores: PostgresStore[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    for (const schema of schemas) await dropSchema(schema);
  });
  const open = async (schema: string) => {
    const store = await openPostgresStore({ url: TEST_DATABASE_URL, poolSize: 2, schema });
    stores.push(store);
    return store;
  };

  it('applies each migration once when four instances start together on an empty schema', async () => {
    const schema = newSchemaName();
    schemas.push(schema);
    const opened = await Promise.all([1, 2, 3, 4].map(() => open(schema)));
    const applied = opened.flatMap((store) => store.migrations?.applied ?? []);
    expect(applied.sort()).toEqual(MIGRATIONS.map((migration) => migration.version));
    const recorded = await adminQuery(
      `SELECT version FROM "${schema}".schema_migrations ORDER BY 1`,
    );
    expect(recorded.rows.map((row: { version: number }) => row.version)).toEqual([1, 2]);
    expect((await open(schema)).migrations).toEqual({ applied: [], current: 2 });
  });

  it('refuses to start on a schema migrated by a newer release', async () => {
    const schema = newSchemaName();
    schemas.push(schema);
    await open(schema);
    await adminQuery(
      `INSERT INTO "${schema}".schema_migrations (version, name) VALUES (99, 'future')`,
    );
    await expect(open(schema)).rejects.toThrow(/version 99, newer than this release/);
  });

  it('stores a document holding a NUL character instead of failing', async () => {
    const schema = newSchemaName();
    schemas.push(schema);
    const store = await open(schema);
    const { id, tokenHash } = newCredentials();
    const at = new Date().toISOString();
    await store.create('job-descriptions', {
      id,
      tokenHash,
      createdAt: at,
      updatedAt: at,
      data: { t: 'a\u0000b' },
    });
    expect((await store.get('job-descriptions', id))?.data).toEqual({ t: 'a\ufffdb' });
  });

  it('says where it is without the password', async () => {
    const schema = newSchemaName();
    schemas.push(schema);
    const url = new URL(TEST_DATABASE_URL);
    url.password = 'not-needed-with-trust';
    const store = await openPostgresStore({ url: url.toString(), poolSize: 2, schema });
    stores.push(store);
    expect(store.location).not.toContain('not-needed-with-trust');
    expect(store.location).toContain(`(schema ${schema})`);
  });
});
