/** The kinds of record the product stores, one folder each under `DATA_DIR`. */
export const COLLECTION_NAMES = ['job-descriptions', 'assessments', 'campaigns'] as const;

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
  /**
   * 1 when created, plus one at each update: a change made against an older version is refused
   * (`VersionConflictError`), so that two people editing one item cannot silently overwrite
   * each other. The HTTP API shows it as the `ETag` and honours `If-Match`.
   */
  version: number;
  data: T;
}

/** A record as handed to `create`: its version is 1 unless given (e.g. by an import). */
export type NewRecord<T> = Omit<StoredRecord<T>, 'version'> & { version?: number };

/** The condition of a change: the version the caller read. */
export interface ChangeCondition {
  /** When set, the change is made only if the record is still at this version. */
  expectedVersion?: number | undefined;
}

/**
 * The storage port: a small async interface with two adapters, the embedded JSON store (one
 * process) and PostgreSQL (several processes or machines). Both pass one contract suite
 * (`tests/unit/server/store-contract.test.ts`). Every method resolves only once the change is
 * durable. Adapters refuse with the errors of `conflicts.ts` (`DuplicateIdError`,
 * `VersionConflictError`) and report their own faults as `StorageFault` (`errors.ts`).
 */
export interface StoragePort {
  /** Stores a new record (version 1 unless given); rejects with `DuplicateIdError` if the id exists. */
  create<T>(collection: CollectionName, record: NewRecord<T>): Promise<void>;
  /** The record with this id, or undefined. */
  get<T>(collection: CollectionName, id: string): Promise<StoredRecord<T> | undefined>;
  /**
   * Replaces a record's data, sets updatedAt and adds one to its version; resolves the updated
   * record, or undefined when the id is unknown. With `expectedVersion`, rejects with
   * `VersionConflictError` when the record is at another version.
   */
  update<T>(
    collection: CollectionName,
    id: string,
    data: T,
    condition?: ChangeCondition,
  ): Promise<StoredRecord<T> | undefined>;
  /**
   * Removes a record; resolves false when the id was unknown. With `expectedVersion`, rejects with
   * `VersionConflictError` when the record is at another version.
   */
  delete(collection: CollectionName, id: string, condition?: ChangeCondition): Promise<boolean>;
  /** Ids and creation times of the records created before a date, oldest first. */
  listCreatedBefore(
    collection: CollectionName,
    before: Date,
  ): Promise<{ id: string; createdAt: string }[]>;
  /** Number of records in a collection. */
  count(collection: CollectionName): Promise<number>;
  /**
   * Runs `task` unless another process of the same store is running a task of this name (then
   * resolves undefined without running it). The JSON store has one process, so it always runs;
   * PostgreSQL takes an advisory lock, so that several instances purge once at a time.
   */
  runExclusive<R>(name: string, task: () => Promise<R>): Promise<R | undefined>;
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
