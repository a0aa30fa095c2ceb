import type { APIRoute } from 'astro';
import { loadAssessmentContext, normsSample } from '../../../server/assessment/service.ts';
import { json } from '../../../server/http/api.ts';

export const prerender = false;

/**
 * `GET /api/assessment/norms`: the anonymous comparison sample of the current questionnaire
 * version (each skill's scores, sorted, from results saved with the owner's agreement).
 */
export const GET: APIRoute = async () => {
  const { questionnaire } = await loadAssessmentContext();
  return json(await normsSample(questionnaire.version), 200, { 'Cache-Control': 'no-store' });
};
