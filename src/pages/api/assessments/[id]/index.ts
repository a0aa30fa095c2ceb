import type { APIRoute } from 'astro';
import { deleteAssessment, readAssessment } from '../../../../server/assessment/service.ts';
import { json, notFound } from '../../../../server/http/api.ts';
import { PRIVATE_HEADERS } from '../../../../server/http/responses.ts';

export const prerender = false;

/** `GET /api/assessments/{id}` with `Authorization: Bearer <token>`: answers and result now. */
export const GET: APIRoute = async ({ params, request }) => {
  const saved = await readAssessment(params['id'], request);
  return saved ? json(saved, 200, PRIVATE_HEADERS) : notFound();
};

/** `DELETE /api/assessments/{id}` with the bearer token: 204, and the link is gone. */
export const DELETE: APIRoute = async ({ params, request }) =>
  (await deleteAssessment(params['id'], request))
    ? new Response(null, { status: 204, headers: PRIVATE_HEADERS })
    : notFound();
