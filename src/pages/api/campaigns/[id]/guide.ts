import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../server/campaign/http.ts';
import { readGuide } from '../../../../server/campaign/service.ts';

export const prerender = false;

/**
 * `GET /api/campaigns/{id}/guide[?candidate=cid][&locale=fr|en]` with the recruiter's or an
 * interviewer's token: the interview guide as JSON.
 */
export const GET: APIRoute = async ({ params, request }) =>
  campaignResponse(await readGuide(params['id'], request));
