import type { APIRoute } from 'astro';
import { json } from '../../../server/http/api.ts';
import { etagOf } from '../../../server/http/versions.ts';
import {
  createJobDescription,
  PRIVATE_HEADERS,
  readDraft,
} from '../../../server/job-description/service.ts';

export const prerender = false;

/**
 * `POST /api/job-descriptions` with a draft (`{ role, locale, company: { name } }` is enough):
 * composes it with its template, stores it and answers 201 with `{ id, editToken, jobDescription,
 * findings, links }`. The edit token is shown once; only its hash is kept.
 */
export const POST: APIRoute = async ({ request }) => {
  const draft = await readDraft(request);
  if (!draft.ok) return draft.response;
  const answer = await createJobDescription(draft.value);
  return json(answer, 201, {
    ...PRIVATE_HEADERS,
    ETag: etagOf(answer.version),
    Location: `/api/job-descriptions/${answer.id}`,
  });
};
