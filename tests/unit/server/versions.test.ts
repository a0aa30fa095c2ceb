import { describe, expect, it } from 'vitest';
import { changeCondition, etagOf, parseIfMatch } from '../../../src/server/http/versions.ts';

const put = (ifMatch?: string) =>
  new Request('http://127.0.0.1/api/job-descriptions/x', {
    method: 'PUT',
    headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
  });

describe('If-Match', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['*', 'any'],
    ['"v3"', [3]],
    ['"v2", "v3"', [2, 3]],
    ['W/"v3"', []],
    ['"3"', []],
    ['"v3', []],
  ] as const)('reads %s as %o', (header, expected) => {
    expect(parseIfMatch(header)).toEqual(expected);
  });

  it('makes the change conditional on the version it names, or refuses with 412 and the ETag', async () => {
    expect(changeCondition(put(), 4)).toEqual({ ok: true, condition: {} });
    expect(changeCondition(put('*'), 4)).toEqual({ ok: true, condition: {} });
    expect(changeCondition(put(`"v1", ${etagOf(4)}`), 4)).toEqual({
      ok: true,
      condition: { expectedVersion: 4 },
    });
    const stale = changeCondition(put('"v3"'), 4);
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.response.status).toBe(412);
    expect(stale.response.headers.get('etag')).toBe('"v4"');
    expect(await stale.response.json()).toMatchObject({ error: 'version_conflict' });
  });
});
