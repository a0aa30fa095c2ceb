import { StoreError, StoreUnavailableError } from '../errors.ts';

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

/**
 * The port's error for an error of the `pg` driver: `StoreUnavailableError` when the database
 * cannot be reached for now (503 and a retry), else a `StoreError` (500). Port errors pass through.
 */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (
    (typeof code === 'string' && (NETWORK_CODES.has(code) || isTransientState(code))) ||
    TRANSIENT_MESSAGES.test(message)
  ) {
    return new StoreUnavailableError(`the database cannot be reached for now: ${message}`, {
      cause: error,
    });
  }
  return new StoreError(`database error: ${message}`, { cause: error });
}

/** True for a unique-key violation (a duplicate id). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}
