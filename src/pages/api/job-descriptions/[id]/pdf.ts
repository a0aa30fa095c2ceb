import type { APIRoute } from 'astro';
import { notFound } from '../../../../server/http/api.ts';
import {
  pdfFileResponse,
  pdfFormatOf,
  savedJobDescriptionPdf,
} from '../../../../server/job-description/service.ts';

export const prerender = false;

/** `GET /api/job-descriptions/{id}/pdf[?format=ad]`: the saved description as an A4 PDF. */
export const GET: APIRoute = async ({ params, url }) => {
  const file = await savedJobDescriptionPdf(params['id'], pdfFormatOf(url));
  return file ? pdfFileResponse(file) : notFound();
};
