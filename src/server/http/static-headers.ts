import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The headers Astro wrote for each prerendered page (`_headers.json`, adapter `staticHeaders`). */
export type StaticHeaders = ReadonlyMap<string, readonly { key: string; value: string }[]>;

/** A page's address as the map keys it: no query, no trailing slash (but `/`), no index.html. */
function pageKey(url: string): string {
  let path = url.split('?')[0] ?? '/';
  try {
    path = decodeURI(path);
  } catch {
    // keep it as sent
  }
  path = path.replace(/\/index\.html$/, '/');
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Reads `_headers.json` of a build; an empty map when the build has none. */
export function loadStaticHeaders(file: string): StaticHeaders {
  if (!existsSync(file)) return new Map();
  const entries = JSON.parse(readFileSync(file, 'utf8')) as {
    pathname: string;
    headers: { key: string; value: string }[];
  }[];
  return new Map(entries.map((entry) => [pageKey(entry.pathname), entry.headers]));
}

/**
 * Gives a prerendered page its own headers (its Content-Security-Policy with the hashes of its
 * inline scripts), matched on the exact address. The Node adapter's own lookup matches by
 * substring and misses addresses with a trailing slash (`/sourcing/`), which then got the
 * fallback policy and no working islands; these headers are set last, when the head is written.
 */
export function applyStaticHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  headers: StaticHeaders,
): void {
  if (headers.size === 0 || (req.method !== 'GET' && req.method !== 'HEAD')) return;
  const own = headers.get(pageKey(req.url ?? '/'));
  if (!own) return;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  Reflect.set(res, 'writeHead', (...args: unknown[]) => {
    for (const { key, value } of own) res.setHeader(key, value);
    return writeHead(...args);
  });
}
