import type { APIRoute } from 'astro';
import { json } from '../../../server/http/api.ts';
import { etagOf } from '../../../server/http/versions.ts';
import { getStore } from '../../../server/store/index.ts';
import { newCredentials } from '../../../server/tokens.ts';
import {
  describeRecord,
  JOB_DESCRIPTIONS,
  loadCatalog,
  PRIVATE_HEADERS,
  readJobDescription,
} from './_job-description-record.ts';

export const prerender = false;

/**
 * `POST /api/job-descriptions` with a draft (`{ role, locale, company: { name } }` is enough):
 * composes it with its template, stores it and answers 201 with `{ id, editToken, jobDescription,
 * findings, links }`. The edit token is shown once; only its hash is kept.
 */
export const POST: APIRoute = async ({ request }) => {
  const catalog = await loadCatalog();
  const input = await readJobDescription(request, catalog);
  if (!input.ok) return input.response;
  const { id, token, tokenHash } = newCredentials();
  const now = new Date().toISOString();
  const record = {
    id,
    tokenHash,
    createdAt: now,
    updatedAt: now,
    version: 1,
    data: input.jobDescription,
  };
  await getStore().create(JOB_DESCRIPTIONS, record);
  const described = describeRecord(record, catalog);
  return json({ ...described, editToken: token }, 201, {
    ...PRIVATE_HEADERS,
    ETag: etagOf(record.version),
    Location: `/api/job-descriptions/${id}`,
  });
};
