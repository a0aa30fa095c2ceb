import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../server/campaign/http.ts';
import { readInvitation, replaceInvitation } from '../../../../server/campaign/service.ts';

export const prerender = false;

/** `GET /api/campaigns/{id}/invitation` with the invitation token: what candidates see first. */
export const GET: APIRoute = async ({ params, request }) =>
  campaignResponse(await readInvitation(params['id'], request));

/** `POST /api/campaigns/{id}/invitation` with the recruiter token: a new invitation token. */
export const POST: APIRoute = async ({ params, request }) =>
  campaignResponse(await replaceInvitation(params['id'], request));
