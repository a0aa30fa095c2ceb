import type { APIRoute } from 'astro';
import { serializeJsonLd } from '../../../../domain/job-description/json-ld.ts';
import { notFound } from '../../../../server/http/api.ts';
import { publicOrigin } from '../../../../server/http/hosts.ts';
import {
  findJobDescription,
  jobPostingOf,
  loadCatalog,
  PRIVATE_HEADERS,
} from '../_job-description-record.ts';

export const prerender = false;

/** `GET /api/job-descriptions/{id}/job-posting`: the schema.org JobPosting, as JSON-LD. */
export const GET: APIRoute = async ({ params }) => {
  const record = await findJobDescription(params['id']);
  if (!record) return notFound();
  const posting = jobPostingOf(record, await loadCatalog(), publicOrigin());
  // Escaped so that the JSON-LD can be pasted inside a <script> element as it is.
  return new Response(serializeJsonLd(posting), {
    status: 200,
    headers: { ...PRIVATE_HEADERS, 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
};
