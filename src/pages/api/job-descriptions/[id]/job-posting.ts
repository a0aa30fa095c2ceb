import type { APIRoute } from 'astro';
import { notFound } from '../../../../server/http/api.ts';
import { jobPostingJson, PRIVATE_HEADERS } from '../../../../server/job-description/service.ts';

export const prerender = false;

/** `GET /api/job-descriptions/{id}/job-posting`: the schema.org JobPosting, as JSON-LD. */
export const GET: APIRoute = async ({ params }) => {
  // Escaped so that the JSON-LD can be pasted inside a <script> element as it is.
  const posting = await jobPostingJson(params['id']);
  if (posting === undefined) return notFound();
  const type = 'application/ld+json; charset=utf-8';
  return new Response(posting, { headers: { ...PRIVATE_HEADERS, 'Content-Type': type } });
};
