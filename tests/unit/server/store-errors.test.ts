import { describe, expect, it, vi } from 'vitest';
import {
  DuplicateIdError,
  StoreError,
  StoreUnavailableError,
  VersionConflictError,
} from '../../../src/server/store/errors.ts';
import { storeErrorResponse } from '../../../src/server/http/store-errors.ts';
import { toStoreError } from '../../../src/server/store/postgres/pg-errors.ts';

describe('the storage errors', () => {
  it('are recognised by a second copy of the module (the server bundle holds one)', async () => {
    vi.resetModules();
    const copy = '../../../src/server/store/errors.ts?copy';
    const other = (await import(copy)) as { StoreUnavailableError: typeof StoreUnavailableError };
    expect(other.StoreUnavailableError).not.toBe(StoreUnavailableError);
    const error = new other.StoreUnavailableError('down');
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).not.toBeInstanceOf(VersionConflictError);
    expect(new Error('plain')).not.toBeInstanceOf(StoreError);
    expect(new DuplicateIdError('x').name).toBe('DuplicateIdError');
  });

  it('map to 412 with the current ETag, and 503 with Retry-After', async () => {
    const conflict = storeErrorResponse(new VersionConflictError(1, 4));
    expect(conflict?.status).toBe(412);
    expect(conflict?.headers.get('etag')).toBe('"v4"');
    const down = storeErrorResponse(new StoreUnavailableError('down', { retryAfterSeconds: 3 }));
    expect(down?.status).toBe(503);
    expect(down?.headers.get('retry-after')).toBe('3');
    expect(await down?.json()).toMatchObject({ error: 'store_unavailable' });
    expect(storeErrorResponse(new Error('bug'))).toBeUndefined();
  });

  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, true],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ code: '57P03', message: 'the database system is starting up' }, true],
    [{ message: 'Connection terminated unexpectedly' }, true],
    [{ message: 'timeout exceeded when trying to connect' }, true],
    [{ code: '42P01', message: 'relation "records" does not exist' }, false],
    [{ code: '22P05', message: 'unsupported Unicode escape sequence' }, false],
  ])('classes the driver error %o as unavailable: %s', (raw, unavailable) => {
    const error = toStoreError(Object.assign(new Error(raw.message), raw));
    expect(error).toBeInstanceOf(StoreError);
    expect(error instanceof StoreUnavailableError).toBe(unavailable);
  });
});
