import type { APIRoute } from 'astro';
import { assessmentPdf } from '../../../../server/assessment/service.ts';
import { notFound } from '../../../../server/http/api.ts';
import { pdfResponse } from '../../../../server/http/responses.ts';

export const prerender = false;

/** `GET /api/assessments/{id}/pdf` with the bearer token: the report, in the answers' locale. */
export const GET: APIRoute = async ({ params, request }) => {
  const pdf = await assessmentPdf(params['id'], request);
  return pdf ? pdfResponse(pdf.bytes, pdf.fileName) : notFound();
};
