import { DuplicateIdError, VersionConflictError } from './conflicts.ts';
import type { ChangeCondition, CollectionName, StoragePort, StoredRecord } from './port.ts';

/** Throws when a condition names another version than the record's. */
export function checkVersion(current: number, condition: ChangeCondition | undefined): void {
  const expected = condition?.expectedVersion;
  if (expected !== undefined && expected !== current) {
    throw new VersionConflictError(expected, current);
  }
}

/** Runs tasks by name, one at a time in this process; a second call while one runs is skipped. */
export function createExclusiveRunner(): StoragePort['runExclusive'] {
  const running = new Set<string>();
  return async (name, task) => {
    if (running.has(name)) return undefined;
    running.add(name);
    try {
      return await task();
    } finally {
      running.delete(name);
    }
  };
}

/** An in-memory store, for unit tests of code that needs a `StoragePort`. Loses everything on exit. */
export function createMemoryStore(): StoragePort {
  const collections = new Map<CollectionName, Map<string, StoredRecord<unknown>>>();
  const of = (name: CollectionName) => {
    let collection = collections.get(name);
    if (!collection) {
      collections.set(name, (collection = new Map<string, StoredRecord<unknown>>()));
    }
    return collection;
  };
  return {
    async create(collection, record) {
      if (of(collection).has(record.id)) throw new DuplicateIdError(record.id);
      of(collection).set(record.id, structuredClone({ ...record, version: record.version ?? 1 }));
    },
    async get<T>(collection: CollectionName, id: string) {
      const record = of(collection).get(id);
      return record ? (structuredClone(record) as StoredRecord<T>) : undefined;
    },
    async update<T>(collection: CollectionName, id: string, data: T, condition?: ChangeCondition) {
      const record = of(collection).get(id);
      if (!record) return undefined;
      checkVersion(record.version, condition);
      const updated: StoredRecord<T> = {
        ...record,
        data: structuredClone(data),
        updatedAt: new Date().toISOString(),
        version: record.version + 1,
      };
      of(collection).set(id, updated);
      return structuredClone(updated);
    },
    async delete(collection, id, condition) {
      const record = of(collection).get(id);
      if (!record) return false;
      checkVersion(record.version, condition);
      return of(collection).delete(id);
    },
    async listCreatedBefore(collection, before) {
      return [...of(collection).values()]
        .filter((record) => new Date(record.createdAt) < before)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map(({ id, createdAt }) => ({ id, createdAt }));
    },
    async count(collection) {
      return of(collection).size;
    },
    runExclusive: createExclusiveRunner(),
    async findByToken<T>(collection: CollectionName, id: string, tokenHash: string) {
      const record = of(collection).get(id);
      const same = (record?.tokenHash ?? '') === tokenHash;
      return record && same ? (structuredClone(record) as StoredRecord<T>) : undefined;
    },
  };
}
