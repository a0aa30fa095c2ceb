import type { ContentCoding } from '../http/accept-encoding.ts';
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
 * encoding, nothing serialised or compressed per request), in `coding` when the bytes are that
 * compression of the JSON. The bytes go in a one-chunk stream: a `Response` built on bytes copies
 * them (thousands a second under load, which the garbage collector then has to reclaim); a stream
 * hands the memoised bytes to the socket as they are, and they are never written to. The
 * compression middleware leaves an answer that has its `Content-Encoding` as it is.
 */
export function jsonBytesResponse(bytes: Uint8Array, coding: ContentCoding = 'identity'): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(bytes.byteLength),
      Vary: 'Accept-Encoding',
      ...(coding === 'identity' ? {} : { 'Content-Encoding': coding }),
    },
  });
}
