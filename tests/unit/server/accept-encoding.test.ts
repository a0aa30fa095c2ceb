import { describe, expect, it } from 'vitest';
import { preferredCoding } from '../../../src/server/http/accept-encoding.ts';

describe('the coding of an answer follows the Accept-Encoding the client sent', () => {
  it.each([
    // Browsers accept brotli with gzip: brotli, the smaller.
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate, br', 'br'],
    // gzip when brotli is not accepted, or rated lower.
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['gzip, br;q=0', 'gzip'],
    ['GZIP;Q=1', 'gzip'],
    // * stands for the codings not named.
    ['*', 'br'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0, identity', 'identity'],
    // The bytes as they are when nothing we keep is acceptable.
    [null, 'identity'],
    ['', 'identity'],
    ['identity', 'identity'],
    ['deflate, zstd', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    // An entry whose quality is malformed is ignored.
    ['br;q=abc, gzip', 'gzip'],
    ['br;q=1.5', 'identity'],
    ['gzip;q=0.0001', 'identity'],
  ] as const)('Accept-Encoding %j → %s', (header, coding) => {
    expect(preferredCoding(header)).toBe(coding);
  });
});
