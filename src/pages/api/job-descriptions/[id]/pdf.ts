import type { APIRoute } from 'astro';
import { notFound } from '../../../../server/http/api.ts';
import {
  findJobDescription,
  loadCatalog,
  jobDescriptionPdfResponse,
} from '../_job-description-record.ts';

export const prerender = false;

/** `GET /api/job-descriptions/{id}/pdf`: the saved description as an A4 PDF. */
export const GET: APIRoute = async ({ params }) => {
  const record = await findJobDescription(params['id']);
  if (!record) return notFound();
  return jobDescriptionPdfResponse(record.data, await loadCatalog());
};
