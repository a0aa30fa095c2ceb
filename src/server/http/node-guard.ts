import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import type { ApiError } from './api.ts';

/**
 * Methods no route answers and that the Fetch API refuses to build a `Request` for (`TRACE`,
 * `TRACK`, `CONNECT`): they are answered 405 here, before the site's handler sees them.
 */
const REFUSED_METHODS: ReadonlySet<string> = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** After an answer that did not read the whole body, how much more is read (and dropped)… */
const DRAIN_BYTES = 64 * 1024;
/** …and how long the client has to close the connection once it has the answer, before the
 * server closes it: a client that stops sending on the 413 reads its answer cleanly; one that
 * keeps sending is cut off, and the rest of its body is never read. */
const DRAIN_MS = 1_000;

/** What the guard in front of the site needs to know. */
export interface NodeGuardOptions {
  /** Host names (with port when not the scheme's default) a request may ask for; undefined: any. */
  allowedHosts: ReadonlySet<string> | undefined;
  /** The largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

function answer(
  res: ServerResponse,
  status: number,
  error: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ error, issues: [{ path: '', message }] } satisfies ApiError);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * Once the answer is sent, stops taking in a body the site did not read in full: at most
 * `DRAIN_BYTES` more are read and dropped (a small unread body, so that the connection can be
 * reused), then reading stops; the connection is closed when the body is still not over after
 * `DRAIN_MS`. A body is never read in full to refuse it, and never kept in memory.
 */
function stopReadingAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  res.once('finish', () => {
    if (req.complete) return;
    req.unpipe();
    req.removeAllListeners('data');
    let drained = 0;
    const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
    timer.unref();
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_BYTES) req.pause();
    });
    req.once('end', () => clearTimeout(timer));
    req.once('close', () => clearTimeout(timer));
    req.resume();
  });
}

/**
 * Counts the bytes of a body while they stream in and passes them on; the chunk that crosses the
 * limit is the last one passed (so that the reader sees the body is too large and answers 413),
 * then the stream ends and stops reading from the client.
 */
function countingBody(req: IncomingMessage, maxBytes: number): Transform {
  let received = 0;
  const counted = new Transform({
    // Small buffers: a body is at most `maxBytes`; many clients at once must not add up.
    highWaterMark: 16 * 1024,
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      if (received > maxBytes) return callback();
      received += chunk.length;
      this.push(chunk);
      if (received > maxBytes) {
        req.unpipe(counted);
        req.pause();
        this.push(null);
      }
      callback();
    },
  });
  req.pipe(counted);
  return counted;
}

/** The `Host` of a request as it is compared with the allowed hosts. */
export function normaliseHost(host: string | undefined): string {
  return (host ?? '')
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/\.(:\d+)$/, '$1');
}

/**
 * Checks a request at the Node level, before the site's handler builds a `Request` from it:
 * 405 for `TRACE`/`TRACK`/`CONNECT`, 421 for a `Host` that is not allowed (DNS rebinding, a
 * forged host), 413 for a declared `Content-Length` above the limit (answered at once, without
 * reading the body). Chunked bodies are counted while they stream: the site sees at most one chunk
 * beyond the limit. Returns false when it answered the request itself.
 */
export function guardNodeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: NodeGuardOptions,
): boolean {
  const method = (req.method ?? 'GET').toUpperCase();
  stopReadingAfterAnswer(req, res);
  if (REFUSED_METHODS.has(method)) {
    answer(res, 405, 'method_not_allowed', `${method} is not answered here`, {
      Allow: 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
    });
    return false;
  }
  if (options.allowedHosts && !options.allowedHosts.has(normaliseHost(req.headers.host))) {
    answer(
      res,
      421,
      'misdirected_request',
      'this server does not answer for the host asked for; use the site’s own address',
    );
    return false;
  }
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > options.maxBodyBytes) {
    answer(res, 413, 'payload_too_large', `the body must be at most ${options.maxBodyBytes} bytes`);
    return false;
  }
  // A body of a declared length is cut at that length by Node's HTTP parser (the bytes after it
  // are read as the next request), and that length was checked above: nothing to count. Only a
  // chunked body, whose length nobody declared, is counted while it streams.
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if (chunked && method !== 'GET' && method !== 'HEAD') {
    // Astro's Node handler reads `req.body` when it is set, instead of the request stream; an
    // object whose only key is the iterator symbol is taken as a stream (not JSON-encoded).
    const counted = countingBody(req, options.maxBodyBytes);
    Reflect.set(req, 'body', { [Symbol.asyncIterator]: () => counted[Symbol.asyncIterator]() });
  }
  return true;
}
