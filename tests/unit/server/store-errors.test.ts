import { describe, expect, it, vi } from 'vitest';
import { storeErrorResponse } from '../../../src/server/http/store-errors.ts';
import {
  DuplicateIdError,
  StoreRefusal,
  VersionConflictError,
} from '../../../src/server/store/conflicts.ts';
import { isStorageFault, StorageFault } from '../../../src/server/store/errors.ts';
import {
  isTransientDatabaseError,
  toStoreError,
} from '../../../src/server/store/postgres/pg-errors.ts';

describe('the storage refusals', () => {
  it('are recognised by a second copy of the module (the server bundle holds one)', async () => {
    vi.resetModules();
    const copy = '../../../src/server/store/conflicts.ts?copy';
    const other = (await import(copy)) as { VersionConflictError: typeof VersionConflictError };
    expect(other.VersionConflictError).not.toBe(VersionConflictError);
    const error = new other.VersionConflictError(1, 2);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(error).toBeInstanceOf(StoreRefusal);
    expect(error).not.toBeInstanceOf(DuplicateIdError);
    expect(new Error('plain')).not.toBeInstanceOf(StoreRefusal);
    expect(new DuplicateIdError('x').name).toBe('DuplicateIdError');
  });

  it('map to 412 with the current ETag, and an unavailable storage to 503 with Retry-After', async () => {
    const conflict = storeErrorResponse(new VersionConflictError(1, 4));
    expect(conflict?.status).toBe(412);
    expect(conflict?.headers.get('etag')).toBe('"v4"');
    const down = storeErrorResponse(new StorageFault('unavailable', 'database down'));
    expect(down?.status).toBe(503);
    expect(down?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await down?.json()).toMatchObject({ error: 'storage_unavailable' });
    expect(storeErrorResponse(new Error('bug'))).toBeUndefined();
  });
});

describe('errors of the PostgreSQL driver', () => {
  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, true],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ code: '57P03', message: 'the database system is starting up' }, true],
    [{ message: 'Connection terminated unexpectedly' }, true],
    [{ message: 'timeout exceeded when trying to connect' }, true],
    [{ code: '42P01', message: 'relation "records" does not exist' }, false],
    [{ code: '22P05', message: 'unsupported Unicode escape sequence' }, false],
  ])('become a StorageFault; %o is out of reach for now: %s', (raw, transient) => {
    const driverError = Object.assign(new Error(raw.message), raw);
    expect(isTransientDatabaseError(driverError)).toBe(transient);
    const error = toStoreError(driverError);
    expect(isStorageFault(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'unavailable', cause: driverError });
  });

  it('pass the port’s own errors through', () => {
    const conflict = new VersionConflictError(1, 2);
    expect(toStoreError(conflict)).toBe(conflict);
  });
});
