import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Options of a JSON request to the test server. */
export interface JsonRequest {
  method?: string;
  body?: unknown;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
}

/** Sends a request as the site's own pages would (same Origin, JSON body) and reads the answer. */
export async function call(
  base: string,
  path: string,
  request: JsonRequest = {},
): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const headers: Record<string, string> = { origin: base, ...request.headers };
  if (request.body !== undefined) headers['content-type'] ??= 'application/json';
  if (request.token) headers['authorization'] = `Bearer ${request.token}`;
  const response = await fetch(`${base}${path}`, {
    method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(request.body === undefined
      ? {}
      : { body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** Every file below a folder, with its content (to look for secrets on disk). */
export function readAllFiles(folder: string): { file: string; content: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8', withFileTypes: false })
    .map((name) => join(folder, name))
    .flatMap((file) => {
      try {
        return [{ file, content: readFileSync(file, 'utf8') }];
      } catch {
        return [];
      }
    });
}
