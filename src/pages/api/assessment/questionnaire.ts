import type { APIRoute } from 'astro';
import { publishQuestionnaire } from '../../../domain/assessment/index.ts';
import { apiError, json } from '../../../server/http/api.ts';
import { loadAssessmentContext } from '../assessments/_assessment-record.ts';

export const prerender = false;

/** `GET /api/assessment/questionnaire?locale=fr|en`: the items to answer and their formats. */
export const GET: APIRoute = async ({ url }) => {
  const locale = url.searchParams.get('locale') ?? 'fr';
  if (locale !== 'fr' && locale !== 'en') {
    return apiError(400, 'invalid_query', [{ path: 'locale', message: 'expected fr or en' }]);
  }
  const { catalog, questionnaire } = await loadAssessmentContext();
  return json(publishQuestionnaire(catalog, questionnaire, locale));
};
