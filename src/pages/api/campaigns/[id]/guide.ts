import type { APIRoute } from 'astro';
import { renderGuidePdf } from '../../../../server/campaign/guide-pdf.ts';
import { campaignResponse } from '../../../../server/campaign/http.ts';
import { readGuide } from '../../../../server/campaign/service.ts';
import { pdfResponse } from '../../../../server/http/responses.ts';

export const prerender = false;

/**
 * `GET /api/campaigns/{id}/guide[?candidate=cid][&locale=fr|en][&format=pdf]` with the recruiter's
 * or an interviewer's token: the interview guide as JSON, or with `format=pdf` as a PDF.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const outcome = await readGuide(params['id'], request);
  const pdf = new URL(request.url).searchParams.get('format') === 'pdf';
  if (pdf && outcome !== undefined && !(outcome instanceof Response)) {
    const { bytes, fileName } = await renderGuidePdf(outcome);
    return pdfResponse(bytes, fileName);
  }
  return campaignResponse(outcome);
};
