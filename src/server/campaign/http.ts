import { json, notFound } from '../http/api.ts';
import { PRIVATE_HEADERS } from '../http/responses.ts';
import { etagOf } from '../http/versions.ts';

/**
 * The HTTP answer of a campaign service call: the API's one 404 when the token opened nothing, a
 * refusal as it is, 204 for a deletion, else the JSON answer (private, never indexed), with its
 * `ETag` when it carries the campaign's version.
 */
export function campaignResponse(outcome: unknown, status = 200): Response {
  if (outcome === undefined) return notFound();
  if (outcome instanceof Response) return outcome;
  if (outcome === true) return new Response(null, { status: 204, headers: PRIVATE_HEADERS });
  const version = (outcome as { version?: unknown }).version;
  const headers: Record<string, string> = { ...PRIVATE_HEADERS };
  if (typeof version === 'number') headers['ETag'] = etagOf(version);
  return json(outcome, status, headers);
}
