import type { APIRoute } from 'astro';
import {
  loadCatalog,
  jobDescriptionPdfResponse,
  readJobDescription,
} from '../_job-description-record.ts';

export const prerender = false;

/** `POST /api/job-descriptions/preview/pdf` with a draft: the PDF of an unsaved description. */
export const POST: APIRoute = async ({ request }) => {
  const catalog = await loadCatalog();
  const input = await readJobDescription(request, catalog);
  if (!input.ok) return input.response;
  return jobDescriptionPdfResponse(input.jobDescription, catalog);
};
