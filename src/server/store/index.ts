import { createMemoryStore } from './memory-store.ts';
import type { StoragePort } from './port.ts';

export type { CollectionName, StoragePort, StoredRecord } from './port.ts';

const STORE_KEY = Symbol.for('trait-d-union.store');
type WithStore = typeof globalThis & { [STORE_KEY]?: StoragePort };

/**
 * The process's one store. Provisional: an in-memory store until the lowdb adapter lands
 * (storage issue); callers only see the port, so they will not change.
 */
export function getStore(): StoragePort {
  const holder = globalThis as WithStore;
  holder[STORE_KEY] ??= createMemoryStore();
  return holder[STORE_KEY];
}
