import { StoreRefusal } from '../conflicts.ts';
import { isStorageFault, StorageFault } from '../errors.ts';

/** Node's codes for a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs meaning "not now": connection exceptions (class 08), the server shutting down or
 * starting (57P01–57P03), too many connections (53300), a statement cancelled by its timeout
 * (57014), and the transaction conflicts a retry resolves (40001, 40P01).
 */
function isTransientState(code: string): boolean {
  return (
    code.startsWith('08') ||
    ['57P01', '57P02', '57P03', '53300', '57014', '40001', '40P01'].includes(code)
  );
}

/** Messages of `pg` itself (no code) when a connection ends or a wait times out. */
const TRANSIENT_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Client was closed|connection error/i;

/** True when an error of the `pg` driver means the database cannot be reached for now. */
export function isTransientDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (
    (typeof code === 'string' && (NETWORK_CODES.has(code) || isTransientState(code))) ||
    TRANSIENT_MESSAGES.test(message)
  );
}

/**
 * The port's error for an error of the `pg` driver: a `StorageFault` of kind `unavailable` (the API
 * answers 503 with `Retry-After`), saying whether the database is merely out of reach for now (a
 * restart, a cut) or refused the statement. The port's own errors pass through.
 */
export function toStoreError(error: unknown): Error {
  if (error instanceof StoreRefusal || isStorageFault(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const what = isTransientDatabaseError(error)
    ? 'the database cannot be reached for now'
    : 'the database refused the statement';
  return new StorageFault('unavailable', `${what}: ${message}`, { cause: error });
}

/** True for a unique-key violation (a duplicate id). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}
