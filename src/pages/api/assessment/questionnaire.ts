import type { APIRoute } from 'astro';
import { isLocale } from '../../../domain/text/index.ts';
import { getPublishedQuestionnaire } from '../../../server/assessment/service.ts';
import { apiError, json } from '../../../server/http/api.ts';

export const prerender = false;

/** `GET /api/assessment/questionnaire?locale=fr|en`: the items to answer and their formats. */
export const GET: APIRoute = async ({ url }) => {
  const locale = url.searchParams.get('locale') ?? 'fr';
  if (!isLocale(locale)) {
    return apiError(400, 'invalid_query', [{ path: 'locale', message: 'expected fr or en' }]);
  }
  return json(await getPublishedQuestionnaire(locale));
};
