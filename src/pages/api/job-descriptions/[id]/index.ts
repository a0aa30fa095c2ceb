import type { APIRoute } from 'astro';
import { json, notFound } from '../../../../server/http/api.ts';
import {
  deleteJobDescription,
  getJobDescription,
  PRIVATE_HEADERS,
  readDraft,
  updateJobDescription,
} from '../../../../server/job-description/service.ts';

export const prerender = false;

/** `GET /api/job-descriptions/{id}`: the job description and its findings; 404 if unknown. */
export const GET: APIRoute = async ({ params }) => {
  const answer = await getJobDescription(params['id']);
  return answer ? json(answer, 200, PRIVATE_HEADERS) : notFound();
};

/**
 * `PUT /api/job-descriptions/{id}` with `Authorization: Bearer <editToken>` and a draft: replaces
 * the description (composed with its template again). 404 for an unknown id or a wrong token.
 */
export const PUT: APIRoute = async ({ params, request }) => {
  const draft = await readDraft(request);
  if (!draft.ok) return draft.response;
  const answer = await updateJobDescription(params['id'], request, draft.value);
  return answer ? json(answer, 200, PRIVATE_HEADERS) : notFound();
};

/**
 * `DELETE /api/job-descriptions/{id}` with `Authorization: Bearer <editToken>`: removes the saved
 * description from disk; 204, or 404 for an unknown id or a wrong token.
 */
export const DELETE: APIRoute = async ({ params, request }) =>
  (await deleteJobDescription(params['id'], request))
    ? new Response(null, { status: 204, headers: PRIVATE_HEADERS })
    : notFound();
