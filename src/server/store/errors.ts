/**
 * The storage port's errors. Every adapter throws these (never a driver's own error), so that
 * the HTTP layer maps them once: a stale version → 412, a store that cannot be reached → 503
 * with `Retry-After`, anything else → 500.
 */

/** Base class of the port's errors. */
export class StoreError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** A change was made against a version of the record that is no longer the current one. */
export class VersionConflictError extends StoreError {
  /** The version the caller expected. */
  readonly expected: number;
  /** The record's current version. */
  readonly current: number;

  constructor(expected: number, current: number) {
    super(`the record is at version ${current}, not ${expected}`);
    this.name = 'VersionConflictError';
    this.expected = expected;
    this.current = current;
  }
}

/** A record with this id already exists in the collection. */
export class DuplicateIdError extends StoreError {
  constructor(id: string) {
    super(`duplicate id ${id}`);
    this.name = 'DuplicateIdError';
  }
}

/**
 * The store cannot be reached for now (database restarting, connection cut, pool exhausted).
 * The change may or may not have been made; the caller has not been told it was, and may retry.
 */
export class StoreUnavailableError extends StoreError {
  /** Seconds after which a retry is likely to succeed. */
  readonly retryAfterSeconds: number;

  constructor(message: string, options?: ErrorOptions & { retryAfterSeconds?: number }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
    this.retryAfterSeconds = options?.retryAfterSeconds ?? 2;
  }
}
