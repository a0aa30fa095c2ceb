import type { APIRoute } from 'astro';
import { campaignResponse } from '../../../../../../server/campaign/http.ts';
import { readInterviewer, removeInterviewer } from '../../../../../../server/campaign/service.ts';

export const prerender = false;

/** `GET /api/campaigns/{id}/interviewers/{iid}` with the interviewer's own token. */
export const GET: APIRoute = async ({ params, request }) =>
  campaignResponse(await readInterviewer(params['id'], params['iid'], request));

/** `DELETE /api/campaigns/{id}/interviewers/{iid}` with the recruiter token. */
export const DELETE: APIRoute = async ({ params, request }) =>
  campaignResponse(await removeInterviewer(params['id'], params['iid'], request));
