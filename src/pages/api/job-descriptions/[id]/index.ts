import type { APIRoute } from 'astro';
import { json, notFound } from '../../../../server/http/api.ts';
import { getStore } from '../../../../server/store/index.ts';
import {
  describeRecord,
  findJobDescription,
  findOwnedJobDescription,
  JOB_DESCRIPTIONS,
  loadCatalog,
  PRIVATE_HEADERS,
  readJobDescription,
} from '../_job-description-record.ts';

export const prerender = false;

/** `GET /api/job-descriptions/{id}`: the job description and its findings; 404 if unknown. */
export const GET: APIRoute = async ({ params }) => {
  const record = await findJobDescription(params['id']);
  if (!record) return notFound();
  return json(describeRecord(record, await loadCatalog()), 200, PRIVATE_HEADERS);
};

/**
 * `PUT /api/job-descriptions/{id}` with `Authorization: Bearer <editToken>` and a draft: replaces
 * the description (composed with its template again). 404 for an unknown id or a wrong token.
 */
export const PUT: APIRoute = async ({ params, request }) => {
  const record = await findOwnedJobDescription(params['id'], request);
  if (!record) return notFound();
  const catalog = await loadCatalog();
  const input = await readJobDescription(request, catalog);
  if (!input.ok) return input.response;
  await getStore().update(JOB_DESCRIPTIONS, record.id, input.jobDescription);
  // Read back what the store wrote: its clock is the only one that sets `updatedAt`.
  const updated = await findJobDescription(record.id);
  if (!updated) return notFound();
  return json(describeRecord(updated, catalog), 200, PRIVATE_HEADERS);
};

/**
 * `DELETE /api/job-descriptions/{id}` with `Authorization: Bearer <editToken>`: removes the saved
 * description from disk; 204, or 404 for an unknown id or a wrong token.
 */
export const DELETE: APIRoute = async ({ params, request }) => {
  const record = await findOwnedJobDescription(params['id'], request);
  if (!record || !(await getStore().delete(JOB_DESCRIPTIONS, record.id))) return notFound();
  return new Response(null, { status: 204, headers: PRIVATE_HEADERS });
};
