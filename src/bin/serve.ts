/**
 * Serves the production build: Astro's Node handler (static files and on-demand routes) behind
 * gzip/brotli compression and the security headers. HOST and PORT come from the environment.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import { SECURITY_HEADERS } from '../server/http/security-headers.ts';
import { SERVER_ENTRY } from './paths.ts';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4321);

// Astro's standalone entry starts its own server on import unless told not to.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const entry = (await import(pathToFileURL(SERVER_ENTRY).href)) as { handler: NodeHandler };

const compress = compression({ threshold: 1024 });

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  compress(req as never, res as never, () => entry.handler(req, res));
});

server.listen(port, host, () => {
  process.stdout.write(`Trait d'union is serving on http://${host}:${port}/\n`);
});

/** Closes the server on Ctrl-C or a stop signal, letting requests in flight finish. */
function stop(): void {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
