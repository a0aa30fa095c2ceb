import { serverConfig } from '../config.ts';
import type { ServerConfig } from '../config.ts';

/** What the host rules need from the settings. */
type HostSettings = Pick<ServerConfig, 'host' | 'port' | 'publicUrl' | 'allowedHosts'>;

/** Addresses a server bound to loopback can only be reached on from this machine. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/**
 * The site's public origin, for links that leave the page (PDFs, JobPosting `url`): `SITE_URL`
 * when it is set, else the address the server listens on. Never the request's `Host`, which the
 * client chooses.
 */
export function publicOrigin(config: HostSettings = serverConfig()): string {
  if (config.publicUrl) return config.publicUrl;
  const { host, port } = config;
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
  config: HostSettings = serverConfig(),
): ReadonlySet<string> | undefined {
  if (config.publicUrl || config.allowedHosts.length > 0) {
    const hosts = new Set(config.allowedHosts);
    if (config.publicUrl) hosts.add(new URL(config.publicUrl).host);
    return hosts;
  }
  if (!isLoopback(config.host)) return undefined;
  return new Set(LOOPBACK_HOSTS.flatMap((name) => [name, `${name}:${config.port}`]));
}

/**
 * Origins whose pages may send writes: the public origin and every allowed host, on http and
 * https (a TLS proxy in front of the server).
 */
export function trustedOrigins(config: HostSettings = serverConfig()): ReadonlySet<string> {
  const origins = new Set([publicOrigin(config)]);
  for (const host of allowedHosts(config) ?? []) {
    origins.add(`https://${host}`);
    origins.add(`http://${host}`);
  }
  return origins;
}
