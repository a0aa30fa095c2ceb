import { timingSafeEqual } from 'node:crypto';
import { readServerConfig } from '../config.ts';
import { hashToken, tokenMatches } from '../tokens.ts';
import type { ServerConfig } from '../config.ts';
import { openLowdbStore } from './lowdb-store.ts';
import type { DurableStore } from './lowdb-store.ts';
import { createMemoryStore } from './memory-store.ts';
import type { CollectionName, StoragePort, StoredRecord } from './port.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import type { PostgresStore } from './postgres/postgres-store.ts';

export type {
  ChangeCondition,
  CollectionName,
  NewRecord,
  StoragePort,
  StoredRecord,
} from './port.ts';
export { COLLECTION_NAMES } from './port.ts';
export type { DurableStore } from './lowdb-store.ts';
export type { PostgresStore } from './postgres/postgres-store.ts';
export { DuplicateIdError, StoreRefusal, VersionConflictError } from './conflicts.ts';
export { isStorageFault, StorageFault } from './errors.ts';

/** The store a process opened: the JSON store on `DATA_DIR`, or PostgreSQL on `DATABASE_URL`. */
export type OpenedStore = (DurableStore & { kind: 'json'; location: string }) | PostgresStore;

/** The settings that choose and open the store. */
export type StoreSettings = Pick<
  ServerConfig,
  'dataDir' | 'onCorrupt' | 'databaseUrl' | 'databasePoolSize' | 'databaseSchema'
>;

/** Opens the store the settings name (PostgreSQL when `databaseUrl` is set), without sharing it. */
export async function openConfiguredStore(config: StoreSettings): Promise<OpenedStore> {
  if (config.databaseUrl) {
    return openPostgresStore({
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
      schema: config.databaseSchema,
    });
  }
  const store = await openLowdbStore({ dataDir: config.dataDir, onCorrupt: config.onCorrupt });
  return Object.assign(store, { kind: 'json' as const, location: store.dataDir });
}

const STORE_KEY = Symbol.for('trait-d-union.store');
const OPENING_KEY = Symbol.for('trait-d-union.store-opening');
type WithStore = typeof globalThis & {
  [STORE_KEY]?: StoragePort | undefined;
  [OPENING_KEY]?: Promise<OpenedStore> | undefined;
};

/** A port whose calls wait for the store to be open (and fail if it could not be opened). */
function whenOpen(opening: Promise<StoragePort>): StoragePort {
  return {
    create: async (collection, record) => (await opening).create(collection, record),
    get: async <T>(collection: CollectionName, id: string) =>
      (await opening).get<T>(collection, id),
    update: async (collection, id, data, condition) =>
      (await opening).update(collection, id, data, condition),
    delete: async (collection, id, condition) => (await opening).delete(collection, id, condition),
    listCreatedBefore: async (collection, before) =>
      (await opening).listCreatedBefore(collection, before),
    count: async (collection) => (await opening).count(collection),
    runExclusive: async (name, task) => (await opening).runExclusive(name, task),
    findByToken: async <T>(collection: CollectionName, id: string, tokenHash: string) => {
      const store = await opening;
      return store.findByToken
        ? store.findByToken<T>(collection, id, tokenHash)
        : compareAfterGet<T>(store, collection, id, tokenHash);
    },
  };
}

async function compareAfterGet<T>(
  store: StoragePort,
  collection: CollectionName,
  id: string,
  tokenHash: string,
): Promise<StoredRecord<T> | undefined> {
  const record = await store.get<T>(collection, id);
  const stored = record?.tokenHash ?? '0'.repeat(64);
  const presented = Buffer.from(tokenHash, 'hex');
  const expected = Buffer.from(stored, 'hex');
  const same = presented.length === expected.length && timingSafeEqual(presented, expected);
  return record && same ? record : undefined;
}

/**
 * The record at `id` only if `token` (as presented by the client, possibly missing) opens it. The
 * token is hashed whether or not it is present, and the store does the same work for an unknown
 * id as for a wrong token, so that neither status nor timing tells whether the id exists.
 */
export async function findOwnedRecord<T>(
  collection: CollectionName,
  id: string,
  token: string | undefined,
): Promise<StoredRecord<T> | undefined> {
  const presented = hashToken(token ?? '');
  const store = getStore();
  if (store.findByToken) {
    const record = await store.findByToken<T>(collection, id, presented);
    return record && token ? record : undefined;
  }
  const record = await store.get<T>(collection, id);
  return record && tokenMatches(token, record.tokenHash) ? record : undefined;
}

/**
 * Opens the process's one durable store: PostgreSQL when `DATABASE_URL` is set (migrations
 * applied), else the JSON store on `DATA_DIR` (the production server calls this at start-up,
 * before it accepts requests, so that a damaged file or an unreachable database stops it). Later
 * calls get the same store. The instance lives on `globalThis`: the server bundle and `src/bin/serve.ts` are two
 * copies of this module in one process and must share it.
 */
export function openStore(config: StoreSettings = readServerConfig()): Promise<OpenedStore> {
  const holder = globalThis as WithStore;
  if (!holder[OPENING_KEY]) {
    const opening = openConfiguredStore(config);
    holder[OPENING_KEY] = opening;
    holder[STORE_KEY] = whenOpen(opening);
  }
  return holder[OPENING_KEY];
}

/**
 * The process's one store, behind the storage port (see `openStore`), opened on first use if the server has not opened it yet. Inside vitest with no `DATA_DIR` set,
 * it is an in-memory store, so that unit tests never write into the project's `data/` folder.
 */
export function getStore(): StoragePort {
  const holder = globalThis as WithStore;
  if (holder[STORE_KEY]) return holder[STORE_KEY];
  if (process.env['VITEST'] && !process.env['DATA_DIR'] && !process.env['DATABASE_URL']) {
    holder[STORE_KEY] = createMemoryStore();
    return holder[STORE_KEY];
  }
  const opening = openStore();
  opening.catch(() => undefined);
  return (globalThis as WithStore)[STORE_KEY] ?? whenOpen(opening);
}

/** Closes the durable store if this process opened one (data folder's lock, database connections). */
export async function closeStore(): Promise<void> {
  const holder = globalThis as WithStore;
  const opening = holder[OPENING_KEY];
  holder[OPENING_KEY] = undefined;
  holder[STORE_KEY] = undefined;
  if (opening) await (await opening).close();
}
