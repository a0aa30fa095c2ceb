import type { APIRoute } from 'astro';
import { SourcingInputSchema } from '../../../domain/sourcing/input.ts';
import { toLocale } from '../../../i18n/index.ts';
import { preferredCoding } from '../../../server/http/accept-encoding.ts';
import { readJsonBody } from '../../../server/http/api.ts';
import { jsonBytesResponse } from '../../../server/sourcing/http.ts';
import { answerSourcingBody } from '../../../server/sourcing/service.ts';

export const prerender = false;

/**
 * `POST /api/sourcing[?locale=en]`: the helper's inputs (every field optional) → the ranked
 * options with costs, reasons, sensitivity and the assumptions used, compressed (brotli or gzip)
 * when the client accepts it. 400 with the fields at fault.
 */
export const POST: APIRoute = async ({ request, url }) => {
  const body = await readJsonBody(request, SourcingInputSchema);
  if (!body.ok) return body.response;
  const coding = preferredCoding(request.headers.get('accept-encoding'));
  const locale = toLocale(url.searchParams.get('locale'));
  return jsonBytesResponse(await answerSourcingBody(body.data, locale, coding), coding);
};
