import type { APIRoute } from 'astro';
import { deleteAssessment, readAssessment } from '../../../../server/assessment/service.ts';
import { json, notFound } from '../../../../server/http/api.ts';
import { PRIVATE_HEADERS } from '../../../../server/http/responses.ts';

export const prerender = false;

/** `GET /api/assessments/{id}` with `Authorization: Bearer <token>`: answers and result now, with its `ETag`. */
export const GET: APIRoute = async ({ params, request }) => {
  const saved = await readAssessment(params['id'], request);
  return saved ? json(saved.body, 200, { ...PRIVATE_HEADERS, ETag: saved.etag }) : notFound();
};

/** `DELETE /api/assessments/{id}` with the bearer token (`If-Match` honoured): 204, and the link is gone. */
export const DELETE: APIRoute = async ({ params, request }) => {
  const outcome = await deleteAssessment(params['id'], request);
  if (outcome === 'not-found') return notFound();
  if (outcome instanceof Response) return outcome;
  return new Response(null, { status: 204, headers: PRIVATE_HEADERS });
};
