import { VersionConflictError } from '../store/conflicts.ts';
import { isStorageFault } from '../store/errors.ts';
import { apiError } from './api.ts';
import { versionConflict } from './versions.ts';

/** Seconds a client is told to wait when the storage cannot be used right now. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/**
 * The answer for a storage error that reached the HTTP layer, or undefined for any other error:
 * 412 for a change against a stale version, 503 with `Retry-After` while the storage cannot be
 * used (database restarting or out of reach: nothing was acknowledged, the client may retry).
 */
export function storeErrorResponse(error: unknown): Response | undefined {
  if (error instanceof VersionConflictError) return versionConflict(error.current);
  if (isStorageFault(error) && error.kind === 'unavailable') {
    const response = apiError(503, 'storage_unavailable', [
      {
        path: '',
        message: `the storage cannot be used right now; retry in ${UNAVAILABLE_RETRY_AFTER_SECONDS} s`,
      },
    ]);
    response.headers.set('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    response.headers.set('Cache-Control', 'no-store');
    return response;
  }
  return undefined;
}
