/**
 * The storage contract: one suite, run against every adapter of the storage port — the in-memory
 * store, the embedded JSON store (a temporary folder) and PostgreSQL (a schema of its own for this
 * run, dropped afterwards). A behaviour the product relies on is written here once, so that the
 * stores cannot drift apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateIdError, VersionConflictError } from '../../../src/server/store/conflicts.ts';
import { openLowdbStore } from '../../../src/server/store/lowdb-store.ts';
import { createMemoryStore } from '../../../src/server/store/memory-store.ts';
import type { NewRecord, StoragePort } from '../../../src/server/store/port.ts';
import { openPostgresStore } from '../../../src/server/store/postgres/postgres-store.ts';
import { newCredentials } from '../../../src/server/tokens.ts';
import {
  adminQuery,
  dropSchema,
  newSchemaName,
  SKIP_POSTGRES,
  TEST_DATABASE_URL,
} from '../../helpers/postgres.ts';

type Store = StoragePort & { close?: () => Promise<void> };

/** How the suite opens one adapter. */
interface Harness {
  name: string;
  /** A store with no records. */
  fresh(): Promise<Store>;
  /** The same data opened again, as after a restart (undefined for memory). */
  reopen?(): Promise<Store>;
  /** A second store on the same data, as a second instance (only where the adapter allows it). */
  sibling?(): Promise<Store>;
  skip?: boolean;
}

const toClose: Store[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(
    toClose.splice(0).map((store) => (store.close ? store.close() : Promise.resolve())),
  );
  for (const cleanup of cleanups) await cleanup();
});
const track = (store: Store) => {
  toClose.push(store);
  return store;
};

function memoryHarness(): Harness {
  return { name: 'memory', fresh: () => Promise.resolve(createMemoryStore()) };
}

function jsonHarness(): Harness {
  let dir = '';
  let current: Store | undefined;
  cleanups.push(() => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  });
  return {
    name: 'JSON files',
    async fresh() {
      await current?.close?.();
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = mkdtempSync(join(tmpdir(), 'tdu-contract-'));
      current = track(await openLowdbStore({ dataDir: dir }));
      return current;
    },
    async reopen() {
      await current?.close?.();
      current = track(await openLowdbStore({ dataDir: dir }));
      return current;
    },
  };
}

function postgresHarness(): Harness {
  const schema = newSchemaName();
  let opened = false;
  const open = async () =>
    track(await openPostgresStore({ url: TEST_DATABASE_URL, poolSize: 8, schema }));
  cleanups.push(async () => {
    if (opened) await dropSchema(schema);
  });
  return {
    name: 'PostgreSQL',
    skip: SKIP_POSTGRES,
    async fresh() {
      const store = await open();
      opened = true;
      await adminQuery(`TRUNCATE "${schema}".records, "${schema}".write_counts`);
      return store;
    },
    reopen: open,
    sibling: open,
  };
}

function newRecord<T>(data: T, createdAt = new Date()): NewRecord<T> {
  const { id, tokenHash } = newCredentials();
  const at = createdAt.toISOString();
  return { id, tokenHash, createdAt: at, updatedAt: at, data };
}

describe.each([memoryHarness(), jsonHarness(), postgresHarness()])(
  'the storage contract on $name',
  (harness) => {
    let store: Store;
    beforeEach(async () => {
      if (!harness.skip) store = await harness.fresh();
    });
    const test = harness.skip ? it.skip : it;

    test('stores a record at version 1 and reads it back as it was given', async () => {
      const record = newRecord({
        title: 'Gestionnaire de communauté\u00a0: H/F — l’équipe',
        tags: ['veille', 'modération'],
        nested: { n: 3.5, ok: true, none: null },
      });
      await store.create('job-descriptions', record);
      expect(await store.get('job-descriptions', record.id)).toEqual({ ...record, version: 1 });
      expect(await store.get('assessments', record.id)).toBeUndefined();
      expect(await store.get('job-descriptions', newCredentials().id)).toBeUndefined();
      expect(await store.count('job-descriptions')).toBe(1);
      expect(await store.count('assessments')).toBe(0);
    });

    test('keeps data of any JSON shape, arrays included', async () => {
      const record = newRecord([1, 'deux', { trois: [3] }]);
      await store.create('assessments', record);
      expect((await store.get('assessments', record.id))?.data).toEqual([
        1,
        'deux',
        { trois: [3] },
      ]);
    });

    test('keeps the version a record is created with (an import)', async () => {
      const record = { ...newRecord({ v: 7 }), version: 7 };
      await store.create('assessments', record);
      expect((await store.get('assessments', record.id))?.version).toBe(7);
    });

    test('refuses a duplicate id with DuplicateIdError and keeps the first record', async () => {
      const record = newRecord({ first: true });
      await store.create('assessments', record);
      await expect(
        store.create('assessments', { ...record, data: { first: false } }),
      ).rejects.toBeInstanceOf(DuplicateIdError);
      expect((await store.get('assessments', record.id))?.data).toEqual({ first: true });
      // The same id in another collection is another record.
      await store.create('job-descriptions', record);
      expect(await store.count('job-descriptions')).toBe(1);
    });

    test('updates data, updatedAt and the version; keeps createdAt and the token hash', async () => {
      const record = newRecord({ v: 1 }, new Date('2026-01-01T00:00:00Z'));
      await store.create('job-descriptions', record);
      const updated = await store.update('job-descriptions', record.id, { v: 2 });
      expect(updated).toMatchObject({ id: record.id, version: 2, data: { v: 2 } });
      const stored = await store.get<{ v: number }>('job-descriptions', record.id);
      expect(stored).toEqual(updated);
      expect(stored?.createdAt).toBe(record.createdAt);
      expect(stored?.tokenHash).toBe(record.tokenHash);
      expect(stored?.updatedAt).not.toBe(record.updatedAt);
      expect(await store.update('job-descriptions', newCredentials().id, { v: 3 })).toBeUndefined();
    });

    test('refuses an update against a stale version and leaves the record as it was', async () => {
      const record = newRecord({ by: 'nobody' });
      await store.create('job-descriptions', record);
      await store.update('job-descriptions', record.id, { by: 'Alice' }, { expectedVersion: 1 });
      const stale = store.update(
        'job-descriptions',
        record.id,
        { by: 'Bob' },
        { expectedVersion: 1 },
      );
      await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
      await expect(stale).rejects.toMatchObject({ expected: 1, current: 2 });
      expect(await store.get('job-descriptions', record.id)).toMatchObject({
        version: 2,
        data: { by: 'Alice' },
      });
      expect(
        await store.update('job-descriptions', record.id, { by: 'Bob' }, { expectedVersion: 2 }),
      ).toMatchObject({ version: 3, data: { by: 'Bob' } });
    });

    test('lets exactly one of 20 concurrent updates from the same version through', async () => {
      const record = newRecord({ n: -1 });
      await store.create('job-descriptions', record);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, (_, n) =>
          store.update('job-descriptions', record.id, { n }, { expectedVersion: 1 }),
        ),
      );
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((outcome) => outcome.reason instanceof VersionConflictError)).toBe(true);
      const winner = won[0]?.status === 'fulfilled' ? won[0].value : undefined;
      expect(await store.get('job-descriptions', record.id)).toEqual(winner);
    });

    test('applies 100 concurrent unconditional updates, one version each', async () => {
      const record = newRecord({ n: -1 });
      await store.create('job-descriptions', record);
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, n) => store.update('job-descriptions', record.id, { n })),
      );
      expect(results.every((result) => result !== undefined)).toBe(true);
      expect(new Set(results.map((result) => result?.version)).size).toBe(100);
      expect((await store.get('job-descriptions', record.id))?.version).toBe(101);
    });

    test('deletes once; refuses a delete against a stale version', async () => {
      const record = newRecord({});
      await store.create('assessments', record);
      await store.update('assessments', record.id, { changed: true });
      await expect(
        store.delete('assessments', record.id, { expectedVersion: 1 }),
      ).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store.count('assessments')).toBe(1);
      expect(await store.delete('assessments', record.id, { expectedVersion: 2 })).toBe(true);
      expect(await store.get('assessments', record.id)).toBeUndefined();
      expect(await store.delete('assessments', record.id)).toBe(false);
      expect(await store.delete('assessments', record.id, { expectedVersion: 2 })).toBe(false);
      expect(await store.count('assessments')).toBe(0);
    });

    test('keeps every record of 300 concurrent creates, also after reopening', async () => {
      const records = Array.from({ length: 300 }, (_, n) => newRecord({ n }));
      await Promise.all(records.map((record) => store.create('assessments', record)));
      expect(await store.count('assessments')).toBe(300);
      const again = harness.reopen ? await harness.reopen() : store;
      expect(await again.count('assessments')).toBe(300);
      for (const record of records.slice(0, 50)) {
        expect(await again.get('assessments', record.id)).toEqual({ ...record, version: 1 });
      }
    });

    test('lists records created before a date, oldest first', async () => {
      const old = newRecord({}, new Date('2024-01-02T00:00:00Z'));
      const older = newRecord({}, new Date('2023-05-01T00:00:00Z'));
      const recent = newRecord({}, new Date('2026-11-01T00:00:00Z'));
      for (const record of [old, recent, older]) await store.create('assessments', record);
      expect(
        await store.listCreatedBefore('assessments', new Date('2025-01-01T00:00:00Z')),
      ).toEqual([
        { id: older.id, createdAt: older.createdAt },
        { id: old.id, createdAt: old.createdAt },
      ]);
      expect(await store.listCreatedBefore('job-descriptions', new Date())).toEqual([]);
    });

    test('runs an exclusive task once at a time, by name', async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const first = store.runExclusive('purge', async () => {
        await gate;
        return 'first';
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const others = [store];
      if (harness.sibling) others.push(await harness.sibling());
      for (const other of others) {
        expect(await other.runExclusive('purge', () => Promise.resolve('second'))).toBeUndefined();
        expect(await other.runExclusive('another task', () => Promise.resolve('other'))).toBe(
          'other',
        );
      }
      release();
      expect(await first).toBe('first');
      for (const other of others) {
        expect(await other.runExclusive('purge', () => Promise.resolve('later'))).toBe('later');
      }
    });
  },
);
