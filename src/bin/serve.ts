/**
 * Serves the production build: the build's files (`src/server/http/static-files.ts`), else Astro's
 * Node handler (on-demand routes; the API's addresses go to it directly), behind gzip/brotli
 * compression and the security headers. HOST and PORT come from the environment.
 *
 * Before it accepts requests it checks the settings, opens the store — PostgreSQL when DATABASE_URL
 * is set (applying its migrations), else the JSON store on DATA_DIR (refusing to start on a damaged
 * data file, unless DATA_ON_CORRUPT=quarantine moves it aside) — and deletes the items older than
 * RETENTION_DAYS; that purge then runs again every day (one instance at a time).
 *
 * In front of the site, every request first passes the Node-level guard: refused methods (405),
 * hosts that are not this site's (421), bodies above the limit (413, counted while they stream).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import { ConfigError, readServerConfig } from '../server/config.ts';
import type { ServerConfig } from '../server/config.ts';
import { MAX_BODY_BYTES } from '../server/http/api.ts';
import { allowedHosts, publicOrigin } from '../server/http/hosts.ts';
import { guardNodeRequest } from '../server/http/node-guard.ts';
import { SECURITY_HEADERS } from '../server/http/security-headers.ts';
import { createStaticFiles, isApiAddress } from '../server/http/static-files.ts';
import { applyStaticHeaders, loadStaticHeaders } from '../server/http/static-headers.ts';
import { scheduleRetention } from '../server/retention.ts';
import type { PurgeReport } from '../server/retention.ts';
import { closeStore, openStore } from '../server/store/index.ts';
import type { OpenedStore } from '../server/store/index.ts';
import { SERVER_ENTRY } from './paths.ts';

/** The Node adapter's handler (middleware mode): the on-demand routes, and the site's 404. */
type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

let config: ServerConfig;
try {
  config = readServerConfig();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}

let store: OpenedStore;
try {
  store = await openStore(config);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
for (const { from, to, reason } of store.kind === 'json' ? store.opened.quarantined : []) {
  process.stderr.write(`Damaged data file moved aside: ${from} -> ${to} (${reason})\n`);
}
// Ids are the read capability of saved job descriptions: nobody else on the machine may list them.
const wide = store.kind === 'json' ? store.opened.widePermissions : [];
if (wide.length > 0) {
  const shown = wide.slice(0, 5).map(({ path, mode }) => `  ${path} (${mode})`);
  process.stderr.write(
    `Warning: ${wide.length} data folder(s) or file(s) can be read by other users of this machine:\n` +
      `${shown.join('\n')}${wide.length > 5 ? '\n  …' : ''}\n` +
      `Run: chmod -R go-rwx ${store.location}\n`,
  );
}

/** Says how many expired items a purge deleted. */
function reportPurge(report: PurgeReport): void {
  const total = Object.values(report).reduce((sum, count) => sum + count, 0);
  if (total === 0) return;
  const detail = Object.entries(report)
    .map(([collection, count]) => `${collection}: ${count}`)
    .join(', ');
  process.stdout.write(
    `Retention: deleted ${total} item(s) older than ${config.retentionDays} days (${detail})\n`,
  );
}
await scheduleRetention(store, config.retentionDays, {
  onPurge: reportPurge,
  onError: (error) => process.stderr.write(`Retention purge failed: ${String(error)}\n`),
});

const { host, port } = config;
const hosts = allowedHosts(config);
if (!hosts) {
  process.stderr.write(
    `Warning: listening on ${host} without SITE_URL or ALLOWED_HOSTS: any Host is accepted and ` +
      `links are built on ${publicOrigin(config)}. Set SITE_URL to the public address.\n`,
  );
}

const entry = (await import(pathToFileURL(SERVER_ENTRY).href)) as { handler: NodeHandler };
const build = dirname(dirname(SERVER_ENTRY));
const staticFiles = createStaticFiles(join(build, 'client'));

const compress = compression({ threshold: 1024 });
/** Each prerendered page's own headers (its CSP with the hashes of its inline scripts). */
const staticHeaders = loadStaticHeaders(join(build, '_headers.json'));

/** The site: the API's addresses go straight to their routes; others are a file, or a route. */
function site(req: IncomingMessage, res: ServerResponse): void {
  try {
    decodeURI(req.url ?? '/');
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad request: the address is not valid percent-encoding.');
    return;
  }
  const render = () => {
    // A client gone while its file was looked for gets no answer: there is nobody to answer, and
    // no address left to count the request against.
    if (req.socket.destroyed) return;
    void entry.handler(req, res);
  };
  if (isApiAddress(req.url)) return render();
  staticFiles(req, res, render);
}

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (!guardNodeRequest(req, res, { allowedHosts: hosts, maxBodyBytes: MAX_BODY_BYTES })) return;
  applyStaticHeaders(req, res, staticHeaders);
  compress(req as never, res as never, () => site(req, res));
});

server.listen(port, host, () => {
  process.stdout.write(
    `Trait d'union is serving on http://${host}:${port}/ (data in ${store.location}) — press Ctrl-C to stop.
`,
  );
});

/** Closes the server on Ctrl-C or a stop signal, letting requests in flight finish. */
function stop(): void {
  const stopped = () => {
    process.stdout.write("\nTrait d'union stopped.\n");
    process.exit(0);
  };
  server.close(() => {
    void closeStore().finally(stopped);
  });
  setTimeout(stopped, 3000).unref();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
