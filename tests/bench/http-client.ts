import { connect } from 'node:net';
import type { Socket } from 'node:net';

/**
 * One keep-alive HTTP/1.1 connection of the load generator, on a raw socket: a request is written
 * as prepared bytes, and its answer is read as far as the status and the end of its body (by its
 * `Content-Length`, its chunks, or the connection's close). The load generator's own work stays
 * small beside the server's: Node's `http.request`, used before, spent about 0.16 ms of CPU per
 * answer, which shows up in the latencies measured when fifty answers arrive at once; this reader
 * spends a few microseconds. One request at a time per connection (no pipelining), as a browser
 * does.
 */
export class BenchConnection {
  private readonly host: string;
  private readonly port: number;
  private socket: Socket | undefined;
  private received: Buffer | undefined;
  private waiting: ((status: number) => void) | undefined;

  constructor(host: string, port: number) {
    this.host = host;
    this.port = port;
  }

  /**
   * Sends `request` (the whole request, as bytes) and resolves with the answer's status once the
   * answer is whole: 0 when none came (connection refused, reset, or a malformed answer).
   */
  send(request: Buffer): Promise<number> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.received = undefined;
      this.open().write(request);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  private open(): Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = connect({ host: this.host, port: this.port, noDelay: true });
    // Events of a connection already replaced (closed after its last answer) are not this one's.
    socket.on('data', (chunk: Buffer) => socket === this.socket && this.take(socket, chunk));
    socket.on('error', () => socket === this.socket && this.finish(socket, 0, true));
    socket.on('close', () => socket === this.socket && this.atClose(socket));
    this.socket = socket;
    return socket;
  }

  private take(socket: Socket, chunk: Buffer): void {
    this.received = this.received ? Buffer.concat([this.received, chunk]) : chunk;
    const answer = parseAnswer(this.received, false);
    if (answer) this.finish(socket, answer.status, answer.close);
  }

  /** A connection closed by the server ends an answer read until the close, or fails one. */
  private atClose(socket: Socket): void {
    const answer = this.received ? parseAnswer(this.received, true) : undefined;
    this.finish(socket, answer?.status ?? 0, true);
  }

  private finish(socket: Socket, status: number, close: boolean): void {
    if (close) {
      socket.destroy();
      if (this.socket === socket) this.socket = undefined;
    }
    const resolve = this.waiting;
    this.waiting = undefined;
    this.received = undefined;
    resolve?.(status);
  }
}

const HEADERS_END = Buffer.from('\r\n\r\n');
const LINE_END = Buffer.from('\r\n');

/**
 * The status of a whole answer in `bytes`, and whether the server closes the connection after it;
 * undefined while the answer is not whole. `closed`: the server has closed the connection, which
 * ends an answer of unknown length.
 */
export function parseAnswer(
  bytes: Buffer,
  closed: boolean,
): { status: number; close: boolean } | undefined {
  const headersEnd = bytes.indexOf(HEADERS_END);
  if (headersEnd < 0) return undefined;
  const head = bytes.toString('latin1', 0, headersEnd);
  const status = Number(head.slice(9, 12));
  const close = /\r\nconnection:\s*close/i.test(head);
  const bodyStart = headersEnd + HEADERS_END.length;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
  if (status === 204 || status === 304 || (status >= 100 && status < 200)) {
    return { status, close };
  }
  if (length !== undefined) {
    return bytes.length - bodyStart >= Number(length) ? { status, close } : undefined;
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    const chunks = chunkedBody(bytes, bodyStart);
    if (chunks === 'malformed') return { status: 0, close: true };
    return chunks === 'whole' ? { status, close } : undefined;
  }
  // Neither length nor chunks: the body runs until the server closes the connection.
  return closed ? { status, close: true } : undefined;
}

/** Whether a chunked body starting at `start` is whole in `bytes` (last chunk, trailers, CRLF). */
function chunkedBody(bytes: Buffer, start: number): 'whole' | 'partial' | 'malformed' {
  let at = start;
  for (;;) {
    const lineEnd = bytes.indexOf(LINE_END, at);
    if (lineEnd < 0) return 'partial';
    const size = Number.parseInt(bytes.toString('latin1', at, lineEnd), 16);
    if (Number.isNaN(size)) return 'malformed';
    if (size === 0) {
      // Trailer lines (usually none), then an empty line.
      let line = lineEnd + LINE_END.length;
      for (;;) {
        const end = bytes.indexOf(LINE_END, line);
        if (end < 0) return 'partial';
        if (end === line) return 'whole';
        line = end + LINE_END.length;
      }
    }
    at = lineEnd + LINE_END.length + size + LINE_END.length;
    if (at > bytes.length) return 'partial';
  }
}

/** The bytes of a request with a JSON body (or none) and any other headers. */
export function requestBytes(
  method: string,
  url: URL,
  body: string | undefined,
  headers: Readonly<Record<string, string>> = {},
): Buffer {
  const head =
    `${method} ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n` +
    'Accept: */*\r\nConnection: keep-alive\r\n' +
    Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('') +
    (body === undefined
      ? '\r\n'
      : `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
  return Buffer.from(body === undefined ? head : head + body);
}
