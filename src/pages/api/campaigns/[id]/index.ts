import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../server/campaign/http.ts';
import {
  deleteCampaign,
  readCampaign,
  updateCampaign,
} from '../../../../server/campaign/service.ts';

export const prerender = false;

/** `GET /api/campaigns/{id}` with the recruiter token: the recruiter's view (`?sort=`, `?filter=`). */
export const GET: APIRoute = async ({ params, request }) =>
  campaignResponse(await readCampaign(params['id'], request));

/** `PATCH /api/campaigns/{id}` with the recruiter token: `{ retention?, closed? }` (`If-Match` honoured). */
export const PATCH: APIRoute = async ({ params, request }) =>
  campaignResponse(await updateCampaign(params['id'], request));

/** `DELETE /api/campaigns/{id}` with the recruiter token: the campaign and everything in it. */
export const DELETE: APIRoute = async ({ params, request }) =>
  campaignResponse(await deleteCampaign(params['id'], request));
