import type { ChangeCondition } from '../store/port.ts';
import { apiError } from './api.ts';

/**
 * Optimistic concurrency over HTTP: every stored item has a version; answers carry it as a strong
 * `ETag` (`"v3"`), and a change sent with `If-Match` is made only if the item is still at that
 * version, else 412 `version_conflict` (someone else changed it in between).
 */

/** The `ETag` of an item at `version`. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

/** The versions named by an `If-Match` header: `'any'` for `*`, none for no header. */
export function parseIfMatch(header: string | null): number[] | 'any' | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (header.trim() === '*') return 'any';
  // A weak tag (W/"v3") never matches under If-Match's strong comparison, so it names no version.
  return header
    .split(',')
    .map((tag) => /^\s*"v(\d{1,9})"\s*$/.exec(tag)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number);
}

/** 412 with the item's current `ETag`: the change was made against an older version. */
export function versionConflict(currentVersion: number): Response {
  const response = apiError(412, 'version_conflict', [
    {
      path: '',
      message:
        'someone else changed this item since you read it: read it again, then send your change',
    },
  ]);
  response.headers.set('ETag', etagOf(currentVersion));
  return response;
}

/**
 * The store condition for a change of the item at `currentVersion` asked by `request`: no
 * condition without `If-Match` (or with `*`), the current version when `If-Match` names it (so
 * that a change slipping in between this read and the write is refused too), else 412.
 */
export function changeCondition(
  request: Request,
  currentVersion: number,
): { ok: true; condition: ChangeCondition } | { ok: false; response: Response } {
  const wanted = parseIfMatch(request.headers.get('if-match'));
  if (wanted === undefined || wanted === 'any') return { ok: true, condition: {} };
  if (!wanted.includes(currentVersion))
    return { ok: false, response: versionConflict(currentVersion) };
  return { ok: true, condition: { expectedVersion: currentVersion } };
}
