/**
 * The storage port's error type. Every adapter (the JSON files, PostgreSQL) throws a
 * `StorageFault` when the fault is its own and not the caller's, so that the API answers it in one
 * place (`src/server/http/faults.ts`) with a 5xx, never a 404 that would tell the client the
 * record does not exist.
 */

/**
 * What went wrong, as the API answers it:
 * - `full`: no space left (disk full, quota) → 507;
 * - `unavailable`: the storage cannot be used right now (read-only, permissions, I/O error, too
 *   many open files, database down) → 503;
 * - `damaged`: a stored record cannot be read back (not JSON, not a record) → 500.
 */
export type StorageFaultKind = 'full' | 'unavailable' | 'damaged';

/** A fault of the storage itself; `cause` keeps the original error for the log. */
export class StorageFault extends Error {
  readonly kind: StorageFaultKind;

  constructor(kind: StorageFaultKind, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'StorageFault';
    this.kind = kind;
  }
}

const KINDS: ReadonlySet<string> = new Set<StorageFaultKind>(['full', 'unavailable', 'damaged']);

/**
 * True for a `StorageFault`, whichever copy of this module made it: the server bundle and
 * `src/bin/serve.ts` (which opens the store) each have their own, so `instanceof` is not enough.
 */
export function isStorageFault(error: unknown): error is StorageFault {
  return (
    error instanceof Error &&
    error.name === 'StorageFault' &&
    KINDS.has(String((error as { kind?: unknown }).kind))
  );
}

/** System error codes that mean the disk (or quota) is full. */
const FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
/** System error codes that mean the storage cannot be used now. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  'EROFS',
  'EACCES',
  'EPERM',
  'EIO',
  'EMFILE',
  'ENFILE',
  'EBUSY',
  'EAGAIN',
  'ENOTDIR',
  'ENOENT',
]);

/**
 * The `StorageFault` an adapter throws for an error of the file system or database: a full disk,
 * an unusable storage, otherwise `unavailable`. A `StorageFault` is returned as it is.
 */
export function toStorageFault(error: unknown, doing: string): StorageFault {
  if (isStorageFault(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.name : 'error';
  if (typeof code === 'string' && FULL_CODES.has(code)) {
    return new StorageFault('full', `${doing}: no space left (${detail})`, { cause: error });
  }
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) {
    return new StorageFault('unavailable', `${doing}: storage unavailable (${detail})`, {
      cause: error,
    });
  }
  return new StorageFault('unavailable', `${doing}: storage error (${detail})`, { cause: error });
}
