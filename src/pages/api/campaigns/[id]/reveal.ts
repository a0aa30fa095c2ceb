import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../server/campaign/http.ts';
import { revealCandidates } from '../../../../server/campaign/service.ts';

export const prerender = false;

/** `POST /api/campaigns/{id}/reveal` with the recruiter token: names and e-mails, logged. */
export const POST: APIRoute = async ({ params, request }) =>
  campaignResponse(await revealCandidates(params['id'], request));
