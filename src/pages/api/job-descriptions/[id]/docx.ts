import type { APIRoute } from 'astro';
import { notFound } from '../../../../server/http/api.ts';
import {
  wordFileResponse,
  savedJobDescriptionWord,
} from '../../../../server/job-description/service.ts';

export const prerender = false;

/** `GET /api/job-descriptions/{id}/docx`: the saved description as a Word file HR can edit. */
export const GET: APIRoute = async ({ params }) => {
  const file = await savedJobDescriptionWord(params['id']);
  return file ? wordFileResponse(file) : notFound();
};
