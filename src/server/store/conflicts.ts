/**
 * The storage port's refusals: a change the store will not make because of the data's state (the
 * caller's business, answered 4xx), as opposed to `StorageFault` (the store's own fault, 5xx).
 * Every adapter throws these.
 */

/**
 * Marks these errors with the names of their classes. The server bundle and `src/bin/serve.ts`
 * hold two copies of this module in one process, so a plain `instanceof` would fail for an error
 * made by the other copy; `instanceof` checks this mark instead.
 */
const KINDS = Symbol.for('trait-d-union.store-refusal-kinds');

type Marked = { [KINDS]?: unknown };

/** Base class of the port's refusals. */
export class StoreRefusal extends Error {
  /** The class's name in the mark (stable, unlike a minified class name). */
  static readonly kind: string = 'StoreRefusal';

  constructor(message: string) {
    super(message);
    this.name = new.target.kind;
    const kinds: string[] = [];
    for (let at: unknown = new.target; typeof at === 'function'; at = Object.getPrototypeOf(at)) {
      const kind = (at as { kind?: unknown }).kind;
      if (typeof kind === 'string' && !kinds.includes(kind)) kinds.push(kind);
    }
    (this as Marked)[KINDS] = kinds;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    const kinds = (value as Marked | null | undefined)?.[KINDS];
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

/** A change was made against a version of the record that is no longer the current one. */
export class VersionConflictError extends StoreRefusal {
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
export class DuplicateIdError extends StoreRefusal {
  static override readonly kind: string = 'DuplicateIdError';

  constructor(id: string) {
    super(`duplicate id ${id}`);
  }
}
