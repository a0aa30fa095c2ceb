import type { APIRoute } from 'astro';
import { SourcingInputSchema } from '../../../domain/sourcing/input.ts';
import { toLocale } from '../../../i18n/index.ts';
import { readJsonBody } from '../../../server/http/api.ts';
import { jsonBytesResponse } from '../../../server/sourcing/http.ts';
import { answerSourcingJson } from '../../../server/sourcing/service.ts';

export const prerender = false;

/**
 * `POST /api/sourcing[?locale=en]`: the helper's inputs (every field optional) → the ranked
 * options with costs, reasons, sensitivity and the assumptions used. 400 with the fields at fault.
 */
export const POST: APIRoute = async ({ request, url }) => {
  const body = await readJsonBody(request, SourcingInputSchema);
  if (!body.ok) return body.response;
  return jsonBytesResponse(
    await answerSourcingJson(body.data, toLocale(url.searchParams.get('locale'))),
  );
};
