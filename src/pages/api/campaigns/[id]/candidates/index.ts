import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../../server/campaign/http.ts';
import { shareCandidate } from '../../../../../server/campaign/service.ts';

export const prerender = false;

/**
 * `POST /api/campaigns/{id}/candidates` with the invitation token: `{ submission, shareConsent:
 * true, talentPoolConsent?, displayName?, email?, locale }`; the server scores the answers itself.
 * 201 `{ id, token, link, result, share }`.
 */
export const POST: APIRoute = async ({ params, request }) =>
  campaignResponse(await shareCandidate(params['id'], request), 201);
