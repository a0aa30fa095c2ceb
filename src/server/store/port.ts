/** The kinds of record the product stores, one folder each under `DATA_DIR`. */
export const COLLECTION_NAMES = ['job-descriptions', 'assessments'] as const;

/** The kinds of record the product stores. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** A stored record: its data plus what the store needs to guard and expire it. */
export interface StoredRecord<T> {
  /** Random, unguessable id (see `newCredentials`). */
  id: string;
  /** Hash of the secret token that allows reading or editing; the token itself is never stored. */
  tokenHash: string;
  /** ISO 8601 creation time. */
  createdAt: string;
  /** ISO 8601 time of the last update. */
  updatedAt: string;
  data: T;
}

/**
 * The storage port: a small async interface so that the embedded JSON store can later be joined
 * by a server database. Every method resolves only once the change is durable on disk.
 */
export interface StoragePort {
  /** Stores a new record; rejects if the id already exists. */
  create<T>(collection: CollectionName, record: StoredRecord<T>): Promise<void>;
  /** The record with this id, or undefined. */
  get<T>(collection: CollectionName, id: string): Promise<StoredRecord<T> | undefined>;
  /** Replaces a record's data (and updatedAt); resolves false when the id is unknown. */
  update<T>(collection: CollectionName, id: string, data: T): Promise<boolean>;
  /** Removes a record from disk; resolves false when the id was unknown. */
  delete(collection: CollectionName, id: string): Promise<boolean>;
  /** Ids and creation times of the records created before a date, oldest first. */
  listCreatedBefore(
    collection: CollectionName,
    before: Date,
  ): Promise<{ id: string; createdAt: string }[]>;
  /** Number of records in a collection. */
  count(collection: CollectionName): Promise<number>;
  /**
   * The record with this id only if `tokenHash` is its token's hash; undefined otherwise. Does the
   * same work for an unknown id as for a wrong token (no existence oracle by timing). Adapters
   * without it fall back to `get` and a comparison (`findOwnedRecord` in `./index.ts`).
   */
  findByToken?<T>(
    collection: CollectionName,
    id: string,
    tokenHash: string,
  ): Promise<StoredRecord<T> | undefined>;
}

export { StorageFault } from './errors.ts';
export type { StorageFaultKind } from './errors.ts';
