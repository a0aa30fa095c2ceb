import type { APIRoute } from 'astro';
import {
  pdfFileResponse,
  pdfFormatOf,
  readDraft,
  renderJobDescriptionPdf,
} from '../../../../server/job-description/service.ts';

export const prerender = false;

/** `POST /api/job-descriptions/preview/pdf[?format=ad]` with a draft: the PDF of an unsaved one. */
export const POST: APIRoute = async ({ request, url }) => {
  const draft = await readDraft(request);
  if (!draft.ok) return draft.response;
  const file = await renderJobDescriptionPdf(draft.value, pdfFormatOf(url));
  return pdfFileResponse(file);
};
