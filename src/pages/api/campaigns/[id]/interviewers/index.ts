import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../../server/campaign/http.ts';
import { addInterviewer } from '../../../../../server/campaign/service.ts';

export const prerender = false;

/** `POST /api/campaigns/{id}/interviewers` with the recruiter token: `{ label }` → 201 `{ id, token, link }`. */
export const POST: APIRoute = async ({ params, request }) =>
  campaignResponse(await addInterviewer(params['id'], request), 201);
