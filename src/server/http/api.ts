import type { z } from 'zod';

/** One problem with a request, where it is and what is wrong. */
export interface ApiIssue {
  /** Dot path of the field at fault, e.g. `company.name` or `answers.empathy-1`; empty for the body. */
  path: string;
  message: string;
}

/** The body of every error answer of the API. */
export interface ApiError {
  error: string;
  issues: ApiIssue[];
}

/** A JSON answer. */
export function json(data: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(data, { status, headers });
}

/** An error answer in the API's one format: `{ error, issues: [{ path, message }] }`. */
export function apiError(status: number, error: string, issues: ApiIssue[] = []): Response {
  return json({ error, issues } satisfies ApiError, status);
}

/** The same 404 for an unknown id and a wrong token, so that neither can be told apart. */
export function notFound(): Response {
  return apiError(404, 'not_found');
}

/** Turns zod issues into the API's issue list. */
export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The largest JSON body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON request body and validates it with a schema.
 * Answers 415 for another content type, 413 above the size limit, 400 for bad JSON or a body the
 * schema refuses (with the fields at fault). Never throws.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    return {
      ok: false,
      response: apiError(415, 'unsupported_media_type', [
        { path: '', message: 'send the body as application/json' },
      ]),
    };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) {
    return { ok: false, response: tooLarge() };
  }
  const read = await readLimited(request, MAX_BODY_BYTES);
  if (read.kind === 'unreadable') return { ok: false, response: apiError(400, 'unreadable_body') };
  if (read.kind === 'too_large') return { ok: false, response: tooLarge() };
  const { text } = read;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      ok: false,
      response: apiError(400, 'invalid_json', [
        { path: '', message: 'the body is not valid JSON' },
      ]),
    };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, response: apiError(400, 'invalid_body', toApiIssues(parsed.error)) };
  }
  return { ok: true, data: parsed.data };
}

/**
 * Reads a body as UTF-8 text, counting bytes as they stream in and stopping as soon as there are
 * more than `maxBytes`: a large body is never held in memory. (It is not cancelled: cancelling
 * would reset the connection before the 413 reaches the client; the server closes it after.)
 */
async function readLimited(
  request: Request,
  maxBytes: number,
): Promise<{ kind: 'text'; text: string } | { kind: 'too_large' } | { kind: 'unreadable' }> {
  if (!request.body) return { kind: 'text', text: '' };
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        reader.releaseLock();
        return { kind: 'too_large' };
      }
      chunks.push(value);
    }
  } catch {
    return { kind: 'unreadable' };
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'text', text: new TextDecoder().decode(bytes) };
}

function tooLarge(): Response {
  return apiError(413, 'payload_too_large', [
    { path: '', message: `the body must be at most ${MAX_BODY_BYTES} bytes` },
  ]);
}
