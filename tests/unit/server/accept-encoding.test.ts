import { describe, expect, it } from 'vitest';
import { preferredCoding } from '../../../src/server/http/accept-encoding.ts';

describe('the coding of an answer follows the Accept-Encoding the client sent', () => {
  it('sends brotli to browsers, which accept it with gzip', () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate, br')).toBe('br');
  });

  it('sends gzip when brotli is not accepted, or rated lower', () => {
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('x-gzip')).toBe('gzip');
    expect(preferredCoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredCoding('gzip, br;q=0')).toBe('gzip');
    expect(preferredCoding('GZIP;Q=1')).toBe('gzip');
  });

  it('lets * stand for the codings not named', () => {
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('br;q=0, *')).toBe('gzip');
    expect(preferredCoding('*;q=0, identity')).toBe('identity');
  });

  it('sends the bytes as they are when nothing we keep is acceptable', () => {
    expect(preferredCoding(null)).toBe('identity');
    expect(preferredCoding('')).toBe('identity');
    expect(preferredCoding('identity')).toBe('identity');
    expect(preferredCoding('deflate, zstd')).toBe('identity');
    expect(preferredCoding('br;q=0, gzip;q=0')).toBe('identity');
  });

  it('ignores an entry whose quality is malformed', () => {
    expect(preferredCoding('br;q=abc, gzip')).toBe('gzip');
    expect(preferredCoding('br;q=1.5')).toBe('identity');
    expect(preferredCoding('gzip;q=0.0001')).toBe('identity');
  });
});
