import { connect } from 'node:net';

/**
 * Sends bytes as they are on a new connection to `url`'s host and port and resolves everything
 * the server answered until it closed the connection or `waitMs` passed without new data.
 */
export function rawRequest(url: string, request: string, waitMs = 1_500): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    let timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
      clearTimeout(timer);
      timer = setTimeout(() => socket.destroy(), 300);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.write(request);
  });
}

/** The final status code of a raw HTTP answer, after any interim 1xx (0 when there was none). */
export function statusOf(answer: string): number {
  const statuses = [...answer.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3})/g)].map((m) =>
    Number(m[1]),
  );
  return statuses.find((status) => status >= 200) ?? 0;
}

/** What one client of a body flood saw. */
export interface FloodResult {
  status: number;
  /** Bytes of body this client had written when the answer came (or when it gave up). */
  sentBytes: number;
}

/**
 * One client that sends a chunked body of `totalBytes` to `path` as fast as the server takes it,
 * and stops sending as soon as an answer arrives.
 */
export function floodClient(url: string, path: string, totalBytes: number): Promise<FloodResult> {
  const { hostname, port } = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const frame = Buffer.concat([
    Buffer.from(`${chunk.length.toString(16)}\r\n`),
    chunk,
    Buffer.from('\r\n'),
  ]);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let sent = 0;
    let answer = '';
    let answered = false;
    const finish = () => resolve({ status: statusOf(answer), sentBytes: sent });
    socket.on('data', (data: Buffer) => {
      answer += data.toString('latin1');
      answered = true;
    });
    socket.on('error', () => undefined);
    socket.on('close', finish);
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
        `Origin: ${url}\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!socket.write(frame)) {
          socket.once('drain', pump);
          return;
        }
      }
      if (answered) socket.destroy();
      else socket.write('0\r\n\r\n');
    };
    socket.on('data', () => {
      if (answered) setTimeout(() => socket.destroy(), 200);
    });
    pump();
  });
}
