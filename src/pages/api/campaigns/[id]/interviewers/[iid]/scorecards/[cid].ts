import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../../../../server/campaign/http.ts';
import { saveScorecard } from '../../../../../../../server/campaign/service.ts';

export const prerender = false;

/**
 * `PUT /api/campaigns/{id}/interviewers/{iid}/scorecards/{cid}` with the interviewer's token:
 * `{ ratings, recommendation?, submit? }`; submitting refuses missing ratings (422, naming them);
 * a submitted card is final (409).
 */
export const PUT: APIRoute = async ({ params, request }) =>
  campaignResponse(await saveScorecard(params['id'], params['iid'], params['cid'], request));
