import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../server/campaign/http.ts';
import { compareCandidates } from '../../../../server/campaign/service.ts';

export const prerender = false;

/** `GET /api/campaigns/{id}/compare?candidates=a,b[,c,d]` with the recruiter token. */
export const GET: APIRoute = async ({ params, request }) =>
  campaignResponse(await compareCandidates(params['id'], request));
