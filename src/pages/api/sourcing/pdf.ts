import type { APIRoute } from 'astro';
import { SourcingInputSchema } from '../../../domain/sourcing/input.ts';
import { toLocale } from '../../../i18n/index.ts';
import { readJsonBody } from '../../../server/http/api.ts';
import { publicOrigin } from '../../../server/http/hosts.ts';
import { pdfResponse } from '../../../server/http/responses.ts';
import { sourcingPdf } from '../../../server/sourcing/service.ts';

export const prerender = false;

/** `POST /api/sourcing/pdf[?locale=en]`: the same inputs as `/api/sourcing` → the PDF summary. */
export const POST: APIRoute = async ({ request, url }) => {
  const body = await readJsonBody(request, SourcingInputSchema);
  if (!body.ok) return body.response;
  const { bytes, fileName } = await sourcingPdf(
    body.data,
    toLocale(url.searchParams.get('locale')),
    publicOrigin(),
  );
  return pdfResponse(bytes, fileName);
};
