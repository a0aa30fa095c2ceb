import type { APIRoute } from 'astro';
import { evaluateAssessment } from '../../../../domain/assessment/index.ts';
import { json, notFound } from '../../../../server/http/api.ts';
import { changeCondition, etagOf } from '../../../../server/http/versions.ts';
import { getStore } from '../../../../server/store/index.ts';
import {
  ASSESSMENTS,
  findOwnedAssessment,
  loadAssessmentContext,
  PRIVATE_HEADERS,
} from '../_assessment-record.ts';

export const prerender = false;

/**
 * `GET /api/assessments/{id}` with `Authorization: Bearer <token>`: the stored answers and the
 * result derived from them now. Unknown id and wrong token answer the same 404.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const record = await findOwnedAssessment(params['id'], request);
  if (!record) return notFound();
  const { catalog, questionnaire } = await loadAssessmentContext();
  const result = evaluateAssessment(catalog, questionnaire, record.data);
  return json(
    { id: record.id, createdAt: record.createdAt, assessment: record.data, result },
    200,
    { ...PRIVATE_HEADERS, ETag: etagOf(record.version) },
  );
};

/** `DELETE /api/assessments/{id}` with the bearer token: 204, and the link is gone (`If-Match` honoured). */
export const DELETE: APIRoute = async ({ params, request }) => {
  const record = await findOwnedAssessment(params['id'], request);
  if (!record) return notFound();
  const when = changeCondition(request, record.version);
  if (!when.ok) return when.response;
  await getStore().delete(ASSESSMENTS, record.id, when.condition);
  return new Response(null, { status: 204, headers: PRIVATE_HEADERS });
};
