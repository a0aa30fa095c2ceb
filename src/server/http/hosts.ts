import { serverConfig } from '../config.ts';
import type { ServerConfig } from '../config.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Addresses a server bound to loopback can only be reached on from this machine. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** The address and port the server listens on (`HOST`, `PORT`), as `serve.ts` reads them. */
export function listenAddress(env: Env = process.env): { host: string; port: number } {
  return { host: env['HOST'] ?? '127.0.0.1', port: Number(env['PORT'] ?? 4321) };
}

/**
 * The site's public origin, for links that leave the page (PDFs, JobPosting `url`): `SITE_URL`
 * when set, else the address the server listens on. Never the request's `Host`, which the client
 * chooses.
 */
export function publicOrigin(
  config: Pick<ServerConfig, 'siteUrl'> = serverConfig(),
  env: Env = process.env,
): string {
  if (config.siteUrl) return config.siteUrl;
  const { host, port } = listenAddress(env);
  const name =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * The `Host` values a request may carry, or undefined when any is accepted:
 * - with `SITE_URL` or `ALLOWED_HOSTS`: the host of `SITE_URL` and the listed hosts;
 * - else, on a loopback address: `localhost`, `127.0.0.1`, `[::1]` with the port (a page of another
 *   site reaching the server through DNS rebinding carries its own name and is refused);
 * - else (listening on the network without settings): any, with a warning at start-up.
 */
export function allowedHosts(
  config: Pick<ServerConfig, 'siteUrl' | 'allowedHosts'> = serverConfig(),
  env: Env = process.env,
): ReadonlySet<string> | undefined {
  const { host, port } = listenAddress(env);
  if (config.siteUrl || config.allowedHosts.length > 0) {
    const hosts = new Set(config.allowedHosts);
    if (config.siteUrl) hosts.add(new URL(config.siteUrl).host);
    return hosts;
  }
  if (!isLoopback(host)) return undefined;
  return new Set(LOOPBACK_HOSTS.flatMap((name) => [name, `${name}:${port}`]));
}

/**
 * Origins whose pages may send writes: the public origin and every allowed host (on the
 * scheme of the public origin and on http/https when no `SITE_URL` is set).
 */
export function trustedOrigins(
  config: Pick<ServerConfig, 'siteUrl' | 'allowedHosts'> = serverConfig(),
  env: Env = process.env,
): ReadonlySet<string> {
  const origins = new Set([publicOrigin(config, env)]);
  for (const host of allowedHosts(config, env) ?? []) {
    origins.add(`https://${host}`);
    origins.add(`http://${host}`);
  }
  return origins;
}
