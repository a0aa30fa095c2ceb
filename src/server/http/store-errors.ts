import { StoreUnavailableError, VersionConflictError } from '../store/errors.ts';
import { apiError } from './api.ts';
import { versionConflict } from './versions.ts';

/**
 * The answer for a storage error that reached the HTTP layer, or undefined for any other error:
 * 412 for a change against a stale version, 503 with `Retry-After` while the store cannot be
 * reached (nothing was acknowledged, the client may retry).
 */
export function storeErrorResponse(error: unknown): Response | undefined {
  if (error instanceof VersionConflictError) return versionConflict(error.current);
  if (error instanceof StoreUnavailableError) {
    const response = apiError(503, 'store_unavailable', [
      {
        path: '',
        message: `the data store cannot be reached for now; retry in ${error.retryAfterSeconds} s`,
      },
    ]);
    response.headers.set('Retry-After', String(error.retryAfterSeconds));
    response.headers.set('Cache-Control', 'no-store');
    return response;
  }
  return undefined;
}
