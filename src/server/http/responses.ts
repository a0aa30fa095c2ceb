/**
 * Headers of every answer about something a person saved or computed for themselves (a saved job
 * description or assessment, a PDF): never kept by a shared cache, never indexed.
 */
export const PRIVATE_HEADERS = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

/**
 * A PDF answer offered as a download under `fileName` (e.g. `fiche-de-poste-animateur.pdf`):
 * private headers, the length, and a `Content-Disposition` with an ASCII `filename` for old
 * clients plus an RFC 6266 / RFC 5987 `filename*` in UTF-8 when the name has other characters.
 * Every PDF endpoint answers through this function.
 */
export function pdfResponse(bytes: Uint8Array, fileName: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      ...PRIVATE_HEADERS,
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(fileName),
    },
  });
}

/** `attachment; filename="…"` with `filename*=UTF-8''…` added for a name outside printable ASCII. */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment') {
  const fallback =
    fileName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\x20-\x7e]|["\\]/g, '_')
      .trim() || 'document';
  if (fallback === fileName) return `${type}; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
