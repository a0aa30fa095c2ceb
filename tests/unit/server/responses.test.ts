import { describe, expect, test } from 'vitest';
import { contentDisposition, pdfResponse } from '../../../src/server/http/responses.ts';

describe('pdfResponse', () => {
  test('answers a private, uncached PDF download under its name', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 test');
    const response = pdfResponse(bytes, 'fiche-de-poste-animateur.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="fiche-de-poste-animateur.pdf"',
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});

describe('contentDisposition', () => {
  test('adds an RFC 5987 UTF-8 name beside an ASCII fallback for accented names', () => {
    expect(contentDisposition('synthèse (été).pdf')).toBe(
      `attachment; filename="synthese (ete).pdf"; filename*=UTF-8''synth%C3%A8se%20%28%C3%A9t%C3%A9%29.pdf`,
    );
  });

  test('never lets a quote or a backslash end the quoted name', () => {
    expect(contentDisposition('a"b\\c.pdf')).toBe(
      `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`,
    );
  });
});
