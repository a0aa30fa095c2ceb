import type { APIRoute } from 'astro';
import { json, notFound } from '../../../../server/http/api.ts';
import { changeCondition, etagOf } from '../../../../server/http/versions.ts';
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

/** `GET /api/job-descriptions/{id}`: the job description and its findings, `ETag` its version. */
export const GET: APIRoute = async ({ params }) => {
  const record = await findJobDescription(params['id']);
  if (!record) return notFound();
  const headers = { ...PRIVATE_HEADERS, ETag: etagOf(record.version) };
  return json(describeRecord(record, await loadCatalog()), 200, headers);
};

/**
 * `PUT /api/job-descriptions/{id}` with `Authorization: Bearer <editToken>` and a draft: replaces
 * the description (composed with its template again). 404 for an unknown id or a wrong token;
 * 412 when `If-Match` names a version someone else has since replaced.
 */
export const PUT: APIRoute = async ({ params, request }) => {
  const record = await findOwnedJobDescription(params['id'], request);
  if (!record) return notFound();
  const catalog = await loadCatalog();
  const input = await readJobDescription(request, catalog);
  if (!input.ok) return input.response;
  const when = changeCondition(request, record.version);
  if (!when.ok) return when.response;
  // The stored record as the store wrote it: its clock sets `updatedAt`, its count the version.
  const updated = await getStore().update(
    JOB_DESCRIPTIONS,
    record.id,
    input.jobDescription,
    when.condition,
  );
  if (!updated) return notFound();
  const headers = { ...PRIVATE_HEADERS, ETag: etagOf(updated.version) };
  return json(describeRecord(updated, catalog), 200, headers);
};

/**
 * `DELETE /api/job-descriptions/{id}` with `Authorization: Bearer <editToken>`: removes the saved
 * description from disk; 204, or 404 for an unknown id or a wrong token.
 */
export const DELETE: APIRoute = async ({ params, request }) => {
  const record = await findOwnedJobDescription(params['id'], request);
  if (!record) return notFound();
  const when = changeCondition(request, record.version);
  if (!when.ok) return when.response;
  if (!(await getStore().delete(JOB_DESCRIPTIONS, record.id, when.condition))) return notFound();
  return new Response(null, { status: 204, headers: PRIVATE_HEADERS });
};
