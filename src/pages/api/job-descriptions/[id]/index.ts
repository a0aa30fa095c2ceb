import type { APIRoute } from 'astro';
import { json, notFound } from '../../../../server/http/api.ts';
import { etagOf } from '../../../../server/http/versions.ts';
import {
  deleteJobDescription,
  getJobDescription,
  PRIVATE_HEADERS,
  readDraft,
  updateJobDescription,
} from '../../../../server/job-description/service.ts';

export const prerender = false;

/** `GET /api/job-descriptions/{id}`: the job description and its findings, `ETag` its version. */
export const GET: APIRoute = async ({ params }) => {
  const answer = await getJobDescription(params['id']);
  if (!answer) return notFound();
  return json(answer, 200, { ...PRIVATE_HEADERS, ETag: etagOf(answer.version) });
};

/**
 * `PUT /api/job-descriptions/{id}` with `Authorization: Bearer <editToken>` and a draft: replaces
 * the description (composed with its template again). 404 for an unknown id or a wrong token;
 * 412 when `If-Match` names a version someone else has since replaced.
 */
export const PUT: APIRoute = async ({ params, request }) => {
  const draft = await readDraft(request);
  if (!draft.ok) return draft.response;
  const answer = await updateJobDescription(params['id'], request, draft.value);
  if (!answer) return notFound();
  if (answer instanceof Response) return answer;
  return json(answer, 200, { ...PRIVATE_HEADERS, ETag: etagOf(answer.version) });
};

/**
 * `DELETE /api/job-descriptions/{id}` with `Authorization: Bearer <editToken>` (`If-Match`
 * honoured): removes the saved description; 204, or 404 for an unknown id or a wrong token.
 */
export const DELETE: APIRoute = async ({ params, request }) => {
  const outcome = await deleteJobDescription(params['id'], request);
  if (outcome instanceof Response) return outcome;
  return outcome ? new Response(null, { status: 204, headers: PRIVATE_HEADERS }) : notFound();
};
