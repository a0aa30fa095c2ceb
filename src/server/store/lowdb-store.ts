import { timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { lockDataDir } from './data-dir-lock.ts';
import { DurableJsonFile, syncFolder } from './durable-json-file.ts';
import { DuplicateIdError } from './conflicts.ts';
import { checkVersion, createExclusiveRunner } from './memory-store.ts';
import { StorageFault, toStorageFault } from './errors.ts';
import type { ChangeCondition, CollectionName, StoragePort, StoredRecord } from './port.ts';
import {
  FOLDER_MODE,
  QUARANTINE_DIR,
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
  /** The record only if `tokenHash` is its token's hash, with the same work for an unknown id. */
  findByToken<T>(
    collection: CollectionName,
    id: string,
    tokenHash: string,
  ): Promise<StoredRecord<T> | undefined>;
  /** Deletes the files of `quarantine/` last changed before `before`; resolves how many. */
  purgeQuarantine(before: Date): Promise<number>;
}

/** A stand-in hash compared when an id is unknown, so that both cases do the same work. */
const ABSENT_HASH = Buffer.alloc(32);

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
  await mkdir(dataDir, { recursive: true, mode: FOLDER_MODE });
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

  /** Reads a record file; a file that is not a valid record of this id is a `damaged` fault. */
  async function readRecord<T>(collection: CollectionName, id: string) {
    const db = new Low<StoredRecord<T> | null>(
      new DurableJsonFile<StoredRecord<T> | null>(recordFile(dataDir, collection, id)),
      null,
    );
    try {
      await db.read();
    } catch (error) {
      if (error instanceof SyntaxError) {
        throw new StorageFault('damaged', `${collection}/${id} is not valid JSON`, {
          cause: error,
        });
      }
      throw toStorageFault(error, `reading ${collection}/${id}`);
    }
    if (db.data === null) return undefined;
    const checked = StoredRecordSchema.safeParse(db.data);
    if (!checked.success || checked.data.id !== id) {
      throw new StorageFault('damaged', `${collection}/${id} does not hold a valid record`);
    }
    // Files written before records had versions count as version 1.
    return { ...db.data, version: db.data.version ?? 1 };
  }

  async function writeRecord<T>(collection: CollectionName, record: StoredRecord<T>) {
    const db = new Low<StoredRecord<T>>(
      new DurableJsonFile<StoredRecord<T>>(recordFile(dataDir, collection, record.id)),
      record,
    );
    try {
      await db.write();
    } catch (error) {
      throw toStorageFault(error, `writing ${collection}/${record.id}`);
    }
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
      entries(collection).set(record.id, {
        createdAt: record.createdAt,
        tokenHash: record.tokenHash,
      });
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
    async findByToken<T>(collection: CollectionName, id: string, tokenHash: string) {
      // Same work whether the id exists or not: one lookup in memory and one constant-time
      // comparison; the file is read only once the token matched.
      const entry = SAFE_ID.test(id) ? entries(collection).get(id) : undefined;
      const stored = entry ? Buffer.from(entry.tokenHash, 'hex') : ABSENT_HASH;
      const presented = Buffer.from(tokenHash.padEnd(64, '0').slice(0, 64), 'hex');
      const same =
        presented.length === stored.length && timingSafeEqual(presented, stored) && !!entry;
      if (!same) return undefined;
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
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
            throw toStorageFault(error, `deleting ${collection}/${id}`);
          }
        }
        await syncFolder(collectionDir(dataDir, collection)).catch((error: unknown) => {
          throw toStorageFault(error, `deleting ${collection}/${id}`);
        });
        entries(collection).delete(id);
        return true;
      });
    },
    async listCreatedBefore(collection, before) {
      const limit = before.getTime();
      return [...entries(collection)]
        .filter(([, { createdAt }]) => new Date(createdAt).getTime() < limit)
        .sort(([, a], [, b]) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime())
        .map(([id, { createdAt }]) => ({ id, createdAt }));
    },
    async count(collection) {
      return entries(collection).size;
    },
    // One process holds the data folder (see `lockDataDir`), so exclusion within it is enough.
    runExclusive: createExclusiveRunner(),
    async purgeQuarantine(before) {
      const root = join(dataDir, QUARANTINE_DIR);
      let names: string[];
      try {
        names = await readdir(root, { recursive: true, encoding: 'utf8' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
        throw error;
      }
      let deleted = 0;
      for (const name of names) {
        const file = join(root, name);
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile() || info.mtimeMs >= before.getTime()) continue;
        await unlink(file);
        deleted += 1;
      }
      return deleted;
    },
    async close() {
      closed = true;
      await Promise.allSettled([...inFlight]);
      await release();
    },
  };
}
