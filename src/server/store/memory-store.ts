import type { CollectionName, StoragePort, StoredRecord } from './port.ts';

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
      if (of(collection).has(record.id)) throw new Error(`duplicate id ${record.id}`);
      of(collection).set(record.id, structuredClone(record));
    },
    async get<T>(collection: CollectionName, id: string) {
      const record = of(collection).get(id);
      return record ? (structuredClone(record) as StoredRecord<T>) : undefined;
    },
    async update(collection, id, data) {
      const record = of(collection).get(id);
      if (!record) return false;
      of(collection).set(id, {
        ...record,
        data: structuredClone(data),
        updatedAt: new Date().toISOString(),
      });
      return true;
    },
    async delete(collection, id) {
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
  };
}
