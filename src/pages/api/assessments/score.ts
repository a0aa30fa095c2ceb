import type { APIRoute } from 'astro';
import { scoreSubmission, submissionSchema } from '../../../server/assessment/service.ts';
import { json, readJsonBody } from '../../../server/http/api.ts';

export const prerender = false;

/** `POST /api/assessments/score`: answers in, `{ result, explanations }` out; nothing is stored. */
export const POST: APIRoute = async ({ request }) => {
  const body = await readJsonBody(request, await submissionSchema());
  if (!body.ok) return body.response;
  return json(await scoreSubmission(body.data));
};
