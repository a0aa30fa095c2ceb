import type { APIRoute } from 'astro';
import { BriefRequestSchema } from '../../../domain/sourcing/brief.ts';
import { toLocale } from '../../../i18n/index.ts';
import { readJsonBody } from '../../../server/http/api.ts';
import { briefResponse } from '../../../server/sourcing/http.ts';
import { sourcingBrief } from '../../../server/sourcing/service.ts';

export const prerender = false;

/** `POST /api/sourcing/brief[?locale=en&format=json|md|pdf]`: inputs (+ proposals) → mission brief. */
export const POST: APIRoute = async ({ request, url }) => {
  const body = await readJsonBody(request, BriefRequestSchema);
  if (!body.ok) return body.response;
  const format = url.searchParams.get('format');
  const brief = await sourcingBrief(
    body.data,
    toLocale(url.searchParams.get('locale')),
    format === 'md' || format === 'pdf' ? format : 'json',
  );
  return briefResponse(brief);
};
