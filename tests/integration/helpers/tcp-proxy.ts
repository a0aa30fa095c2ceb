import { createConnection, createServer } from 'node:net';
import type { Socket } from 'node:net';

/** A TCP proxy on the loopback interface that a test can cut and restore. */
export interface TcpProxy {
  /** Port it listens on, on 127.0.0.1. */
  port: number;
  /**
   * Cuts the link as a database restart does: every open connection is dropped, and connections
   * made while cut are closed at once, until `restore`.
   */
  cut(): void;
  /** Lets connections through again. */
  restore(): void;
  /** Connections passed through so far. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * Starts a proxy from a free port on 127.0.0.1 to `target` (the test's PostgreSQL), so that a
 * test can take "the database" away from the servers without touching the real cluster, which
 * other people's tests may be using.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let isCut = false;
  let total = 0;
  const server = createServer((client) => {
    if (isCut) {
      client.destroy();
      return;
    }
    total += 1;
    const upstream = createConnection(target);
    open.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    cut() {
      isCut = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      isCut = false;
    },
    connections: () => total,
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
