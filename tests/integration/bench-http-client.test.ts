import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchConnection, requestBytes } from '../bench/http-client.ts';

// A server that answers with a length, in chunks, or closing the connection, as the path asks.
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    if (req.url === '/chunks') {
      res.writeHead(201, { 'Content-Type': 'text/plain' });
      res.write('x'.repeat(40_000));
      setTimeout(() => res.end('last'), 5);
    } else if (req.url === '/close') {
      res.writeHead(503, { Connection: 'close', 'Content-Length': '2' });
      res.end('no');
    } else {
      res.writeHead(200, { 'Content-Length': String(Buffer.byteLength(body)) });
      res.end(body);
    }
  });
});
let url: URL;
const connections = new Set<string>();
server.on('connection', (socket) => connections.add(`${socket.remotePort}`));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('a load generator connection', () => {
  it('sends requests one after another on one kept-alive connection, and reconnects after a close', async () => {
    const connection = new BenchConnection(url.hostname, Number(url.port));
    const send = (path: string, body?: string) =>
      connection.send(requestBytes(body === undefined ? 'GET' : 'POST', new URL(path, url), body));
    expect(await send('/echo', '{"a":1}')).toBe(200);
    expect(await send('/chunks')).toBe(201);
    expect(await send('/echo', 'x'.repeat(100_000))).toBe(200);
    expect(connections.size).toBe(1);
    expect(await send('/close')).toBe(503);
    expect(await send('/echo', '{}')).toBe(200);
    expect(connections.size).toBe(2);
    connection.close();
  });

  it('answers status 0 when nobody listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const connection = new BenchConnection('127.0.0.1', port);
    expect(
      await connection.send(requestBytes('GET', new URL(`http://127.0.0.1:${port}/`), undefined)),
    ).toBe(0);
  });
});
