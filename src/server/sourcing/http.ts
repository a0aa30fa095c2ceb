import { contentDisposition, pdfResponse, PRIVATE_HEADERS } from '../http/responses.ts';

/** Answers a brief: a PDF through `pdfResponse`, Markdown as a download, JSON as JSON. */
export function briefResponse(brief: {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}): Response {
  if (typeof brief.body !== 'string') return pdfResponse(brief.body, brief.fileName);
  const markdown = brief.contentType.startsWith('text/markdown');
  return new Response(brief.body, {
    headers: {
      ...PRIVATE_HEADERS,
      'Content-Type': brief.contentType,
      ...(markdown ? { 'Content-Disposition': contentDisposition(brief.fileName) } : {}),
    },
  });
}

/**
 * A memoised JSON answer sent as it is: its bytes with their length (one write, no chunked
 * encoding, nothing serialised per request).
 */
export function jsonBytesResponse(bytes: Uint8Array): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes.byteLength) },
  });
}
