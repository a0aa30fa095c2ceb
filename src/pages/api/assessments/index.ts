import type { APIRoute } from 'astro';
import { saveAssessment, saveRequestSchema } from '../../../server/assessment/service.ts';
import { json, readJsonBody } from '../../../server/http/api.ts';
import { PRIVATE_HEADERS } from '../../../server/http/responses.ts';
import { etagOf } from '../../../server/http/versions.ts';

export const prerender = false;

/** `POST /api/assessments` with consent: stores the raw answers; 201 `{ id, token, link, result, explanations }`. */
export const POST: APIRoute = async ({ request }) => {
  const body = await readJsonBody(request, await saveRequestSchema());
  if (!body.ok) return body.response;
  return json(await saveAssessment(body.data), 201, { ...PRIVATE_HEADERS, ETag: etagOf(1) });
};
