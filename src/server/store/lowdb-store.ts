import { mkdir, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Low } from 'lowdb';
import { lockDataDir } from './data-dir-lock.ts';
import { DurableJsonFile, syncFolder } from './durable-json-file.ts';
import { DuplicateIdError } from './conflicts.ts';
import { checkVersion, createExclusiveRunner } from './memory-store.ts';
import type { ChangeCondition, CollectionName, StoragePort, StoredRecord } from './port.ts';
import {
  SAFE_ID,
  StoredRecordSchema,
  collectionDir,
  recordFile,
  scanDataDir,
} from './scan-data-dir.ts';
import type { CorruptPolicy, ScanResult } from './scan-data-dir.ts';

/** How to open the durable store. */
export interface LowdbStoreOptions {
  /** Folder of the data files; created if missing. */
  dataDir: string;
  /** What to do with a damaged file at start-up; `refuse` by default. */
  onCorrupt?: CorruptPolicy;
}

/** The durable store: the storage port plus what the process needs to manage it. */
export interface DurableStore extends StoragePort {
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  /** What opening the folder found (damaged files moved aside, leftovers removed). */
  readonly opened: Omit<ScanResult, 'index'>;
  /** Waits for writes in flight, then releases the data folder for another process. */
  close(): Promise<void>;
}

/**
 * Opens the embedded JSON store on a data folder: one small JSON file per record,
 * `DATA_DIR/<collection>/<id>.json`, each read and written through lowdb with the
 * `DurableJsonFile` adapter (temporary file, fsync, rename). A write touches only its own file,
 * so its cost does not grow with the number of records. Changes to one record are serialised;
 * every method resolves once the change is on disk. An in-memory index (id → creation time) serves
 * `count` and `listCreatedBefore`.
 *
 * One process only: the folder is locked (`store.lock`) while the store is open.
 */
export async function openLowdbStore(options: LowdbStoreOptions): Promise<DurableStore> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir);
  let scan: ScanResult;
  try {
    scan = await scanDataDir(dataDir, options.onCorrupt ?? 'refuse');
  } catch (error) {
    await release();
    throw error;
  }
  const { index, ...opened } = scan;
  const entries = (collection: CollectionName) => {
    const found = index.get(collection);
    if (!found) throw new Error(`unknown collection ${String(collection)}`);
    return found;
  };

  /** The tail of each record's queue of changes: one change at a time per record. */
  const queues = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;

  function serialised<R>(collection: CollectionName, id: string, change: () => Promise<R>) {
    if (closed) return Promise.reject(new Error('the store is closed'));
    const key = `${collection}/${id}`;
    const run = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(change);
    queues.set(key, run);
    inFlight.add(run);
    const settle = () => {
      inFlight.delete(run);
      if (queues.get(key) === run) queues.delete(key);
    };
    run.then(settle, settle);
    return run;
  }

  async function readRecord<T>(collection: CollectionName, id: string) {
    const db = new Low<StoredRecord<T> | null>(
      new DurableJsonFile<StoredRecord<T> | null>(recordFile(dataDir, collection, id)),
      null,
    );
    await db.read();
    // Files written before records had versions count as version 1.
    return db.data ? { ...db.data, version: db.data.version ?? 1 } : undefined;
  }

  async function writeRecord<T>(collection: CollectionName, record: StoredRecord<T>) {
    const db = new Low<StoredRecord<T>>(
      new DurableJsonFile<StoredRecord<T>>(recordFile(dataDir, collection, record.id)),
      record,
    );
    await db.write();
  }

  const known = (collection: CollectionName, id: string) =>
    SAFE_ID.test(id) && entries(collection).has(id);

  return {
    dataDir,
    opened,
    async create(collection, record) {
      const checked = StoredRecordSchema.safeParse(record);
      if (!checked.success) throw new Error(`invalid record: ${checked.error.message}`);
      if (entries(collection).has(record.id)) throw new DuplicateIdError(record.id);
      entries(collection).set(record.id, record.createdAt);
      const stored = { ...record, version: record.version ?? 1 };
      try {
        await serialised(collection, record.id, () => writeRecord(collection, stored));
      } catch (error) {
        entries(collection).delete(record.id);
        throw error;
      }
    },
    async get<T>(collection: CollectionName, id: string) {
      if (!known(collection, id)) return undefined;
      return readRecord<T>(collection, id);
    },
    async update<T>(collection: CollectionName, id: string, data: T, condition?: ChangeCondition) {
      if (!known(collection, id)) return undefined;
      return serialised(collection, id, async () => {
        const current = await readRecord<T>(collection, id);
        if (!current || !entries(collection).has(id)) return undefined;
        checkVersion(current.version, condition);
        const updated: StoredRecord<T> = {
          ...current,
          data,
          updatedAt: new Date().toISOString(),
          version: current.version + 1,
        };
        await writeRecord(collection, updated);
        return updated;
      });
    },
    async delete(collection, id, condition?: ChangeCondition) {
      if (!known(collection, id)) return false;
      return serialised(collection, id, async () => {
        if (!entries(collection).has(id)) return false;
        if (condition?.expectedVersion !== undefined) {
          const current = await readRecord(collection, id);
          if (current) checkVersion(current.version, condition);
        }
        try {
          await unlink(recordFile(dataDir, collection, id));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        await syncFolder(collectionDir(dataDir, collection));
        entries(collection).delete(id);
        return true;
      });
    },
    async listCreatedBefore(collection, before) {
      const limit = before.getTime();
      return [...entries(collection)]
        .filter(([, createdAt]) => new Date(createdAt).getTime() < limit)
        .sort(([, a], [, b]) => new Date(a).getTime() - new Date(b).getTime())
        .map(([id, createdAt]) => ({ id, createdAt }));
    },
    async count(collection) {
      return entries(collection).size;
    },
    // One process holds the data folder (see `lockDataDir`), so exclusion within it is enough.
    runExclusive: createExclusiveRunner(),
    async close() {
      closed = true;
      await Promise.allSettled([...inFlight]);
      await release();
    },
  };
}
