import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../../../server/campaign/http.ts';
import { decideCandidate } from '../../../../../../server/campaign/service.ts';

export const prerender = false;

/**
 * `PUT /api/campaigns/{id}/candidates/{cid}/decision` with the recruiter token: `{ outcome:
 * hired|rejected|talent-pool }` (the talent pool needs the candidate's consent: 409 otherwise).
 */
export const PUT: APIRoute = async ({ params, request }) =>
  campaignResponse(await decideCandidate(params['id'], params['cid'], request));
