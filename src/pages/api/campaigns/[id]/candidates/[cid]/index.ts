import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../../../server/campaign/http.ts';
import {
  readCandidate,
  updateCandidate,
  withdrawCandidate,
} from '../../../../../../server/campaign/service.ts';

export const prerender = false;

/** `GET /api/campaigns/{id}/candidates/{cid}` with the candidate's own token. */
export const GET: APIRoute = async ({ params, request }) =>
  campaignResponse(await readCandidate(params['id'], params['cid'], request));

/** `PATCH /api/campaigns/{id}/candidates/{cid}`: `{ talentPoolConsent }`. */
export const PATCH: APIRoute = async ({ params, request }) =>
  campaignResponse(await updateCandidate(params['id'], params['cid'], request));

/** `DELETE /api/campaigns/{id}/candidates/{cid}`: withdrawal, everything deleted at once. */
export const DELETE: APIRoute = async ({ params, request }) =>
  campaignResponse(await withdrawCandidate(params['id'], params['cid'], request));
