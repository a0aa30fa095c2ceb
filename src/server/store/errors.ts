/**
 * The storage port's errors. Every adapter throws these (never a driver's own error), so that
 * the HTTP layer maps them once: a stale version → 412, a store that cannot be reached → 503
 * with `Retry-After`, anything else → 500.
 */

/**
 * Marks the port's errors with the names of their classes. The server bundle and
 * `src/bin/serve.ts` hold two copies of this module in one process, so a plain `instanceof`
 * would fail for an error made by the other copy; `instanceof` checks this mark instead.
 */
const KINDS = Symbol.for('trait-d-union.store-error-kinds');

type Marked = { [KINDS]?: unknown };

/** Base class of the port's errors. */
export class StoreError extends Error {
  /** The class's name in the mark (stable, unlike a minified class name). */
  static readonly kind: string = 'StoreError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.kind;
    const kinds: string[] = [];
    for (let at: unknown = new.target; at && typeof at === 'function';) {
      const kind = (at as { kind?: unknown }).kind;
      if (typeof kind === 'string' && !kinds.includes(kind)) kinds.push(kind);
      at = Object.getPrototypeOf(at);
    }
    (this as Marked)[KINDS] = kinds;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    const kinds = (value as Marked | null | undefined)?.[KINDS];
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

/** A change was made against a version of the record that is no longer the current one. */
export class VersionConflictError extends StoreError {
  static override readonly kind: string = 'VersionConflictError';
  /** The version the caller expected. */
  readonly expected: number;
  /** The record's current version. */
  readonly current: number;

  constructor(expected: number, current: number) {
    super(`the record is at version ${current}, not ${expected}`);
    this.expected = expected;
    this.current = current;
  }
}

/** A record with this id already exists in the collection. */
export class DuplicateIdError extends StoreError {
  static override readonly kind: string = 'DuplicateIdError';

  constructor(id: string) {
    super(`duplicate id ${id}`);
  }
}

/**
 * The store cannot be reached for now (database restarting, connection cut, pool exhausted).
 * The change may or may not have been made; the caller has not been told it was, and may retry.
 */
export class StoreUnavailableError extends StoreError {
  static override readonly kind: string = 'StoreUnavailableError';
  /** Seconds after which a retry is likely to succeed. */
  readonly retryAfterSeconds: number;

  constructor(message: string, options?: ErrorOptions & { retryAfterSeconds?: number }) {
    super(message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds ?? 2;
  }
}
