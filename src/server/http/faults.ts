import { isStorageFault } from '../store/errors.ts';
import { apiError } from './api.ts';

/** How a fault of the server's own is answered: status, error code, message, extra headers. */
interface FaultAnswer {
  status: number;
  error: string;
  message: string;
  headers?: Record<string, string>;
}

/** The one mapping from a server fault to its answer (every storage adapter throws `StorageFault`). */
function answerFor(error: unknown): FaultAnswer {
  if (isStorageFault(error)) {
    switch (error.kind) {
      case 'full':
        return {
          status: 507,
          error: 'insufficient_storage',
          message: 'the server has no space left to store this; nothing was saved, retry later',
        };
      case 'unavailable':
        return {
          status: 503,
          error: 'storage_unavailable',
          message: 'the storage cannot be used right now; nothing was changed, retry later',
          headers: { 'Retry-After': '60' },
        };
      case 'damaged':
        return {
          status: 500,
          error: 'damaged_record',
          message: 'this record is damaged on the server and cannot be read',
        };
    }
  }
  return { status: 500, error: 'internal_error', message: 'the server failed; retry later' };
}

/** Long url-safe strings (tokens are 43 characters) are blanked before anything is logged. */
const SECRET_LIKE = /[A-Za-z0-9_-]{40,}/g;

/** One log line for a fault: method, path (never the query or headers), error and its cause. */
export function describeFault(error: unknown, request: Request): string {
  const { pathname } = new URL(request.url);
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 3; depth += 1) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(
        `${current.name}${typeof code === 'string' ? ` ${code}` : ''}: ${current.message}`,
      );
      current = current.cause;
    } else {
      parts.push(typeof current === 'string' ? current : 'a thrown value that is not an Error');
      current = undefined;
    }
  }
  return `Server fault on ${request.method} ${pathname}: ${parts.join(' <- ')}`.replace(
    SECRET_LIKE,
    '[redacted]',
  );
}

/**
 * Answers a fault of the server's own (disk full, damaged record, a bug) in the API's error
 * format with a 5xx, and logs it once, on one line, without tokens.
 */
export function faultResponse(
  error: unknown,
  request: Request,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Response {
  log(describeFault(error, request));
  const { status, error: code, message, headers } = answerFor(error);
  const response = apiError(status, code, [{ path: '', message }]);
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
