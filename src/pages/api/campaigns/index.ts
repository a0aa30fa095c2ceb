import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../server/campaign/http.ts';
import { createCampaign } from '../../../server/campaign/service.ts';

export const prerender = false;

/**
 * `POST /api/campaigns` with `Authorization: Bearer <job description edit token>` and
 * `{ jobId, organisation, locale?, retention? }`: 201 `{ id, recruiterToken, invitationToken,
 * links, … }`; 404 when the token does not open the job description.
 */
export const POST: APIRoute = async ({ request }) =>
  campaignResponse(await createCampaign(request), 201);
