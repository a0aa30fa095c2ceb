import type { IncomingMessage, ServerResponse } from 'node:http';
import { posix } from 'node:path';
import send from 'send';

/** Where the build's fingerprinted assets live: their names change with their content. */
const ASSETS_PREFIX = '/_astro/';

/** The path of a request's address, without its query or fragment. */
function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * Whether an address is the API's: it is answered by the site's handler at once, without looking
 * for a file first (the build writes no file under `/api/`).
 */
export function isApiAddress(url: string | undefined): boolean {
  return (url ?? '/').startsWith('/api/');
}

/**
 * Serves the files of the build's client folder (prerendered pages, assets) as the Node adapter's
 * standalone server did: `/roles` and `/roles/` both give `roles/index.html` (trailing slash
 * ignored), dot files are refused except under `/.well-known/`, fingerprinted assets are cached
 * for a year. An address with no file goes to `next` (the site's on-demand routes, or its 404);
 * a file that fails while it is sent is answered with that status. Nothing is read synchronously.
 */
export function createStaticFiles(
  root: string,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const serve = (req: IncomingMessage, res: ServerResponse, path: string, next: () => void) => {
    let found = false;
    send(req, path, {
      root,
      dotfiles: path.startsWith('/.well-known/') ? 'allow' : 'deny',
    })
      .on('file', () => {
        found = true;
      })
      .on('directory', () => serve(req, res, `${path}/index.html`, next))
      .on('headers', () => {
        if (path.startsWith(ASSETS_PREFIX)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
      })
      .on('error', (error: Error & { statusCode?: number }) => {
        if (!found) return next();
        const status = error.statusCode ?? 500;
        if (status >= 500) process.stderr.write(`${error.toString()}\n`);
        res.writeHead(status);
        res.end(status >= 500 ? 'Internal server error' : '');
      })
      .pipe(res);
  };
  return (req, res, next) => serve(req, res, posix.normalize(pathOf(req.url ?? '/')), next);
}
