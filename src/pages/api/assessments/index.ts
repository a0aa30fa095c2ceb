import type { APIRoute } from 'astro';
import { createSaveRequestSchema, evaluateAssessment } from '../../../domain/assessment/index.ts';
import type { StoredAssessment } from '../../../domain/assessment/index.ts';
import { savedAssessmentPath } from '../../../i18n/routes.ts';
import { json, readJsonBody } from '../../../server/http/api.ts';
import { getStore } from '../../../server/store/index.ts';
import { newCredentials } from '../../../server/tokens.ts';
import { ASSESSMENTS, loadAssessmentContext, PRIVATE_HEADERS } from './_assessment-record.ts';

export const prerender = false;

/**
 * `POST /api/assessments` with `{ locale, version, answers, consent: true }`: stores the raw
 * answers and answers 201 `{ id, token, link, result }`; 400 without consent.
 */
export const POST: APIRoute = async ({ request }) => {
  const { catalog, questionnaire } = await loadAssessmentContext();
  const body = await readJsonBody(request, createSaveRequestSchema(questionnaire));
  if (!body.ok) return body.response;
  const { version, locale, answers, context, elapsedSeconds, seed } = body.data;
  const submission: StoredAssessment = { version, locale, answers, context };
  if (elapsedSeconds !== undefined) submission.elapsedSeconds = elapsedSeconds;
  if (seed !== undefined) submission.seed = seed;
  const { id, token, tokenHash } = newCredentials();
  const now = new Date().toISOString();
  await getStore().create(ASSESSMENTS, {
    id,
    tokenHash,
    createdAt: now,
    updatedAt: now,
    data: submission,
  });
  const link = `${savedAssessmentPath(id, submission.locale)}#${token}`;
  const result = evaluateAssessment(catalog, questionnaire, submission);
  return json({ id, token, link, result }, 201, PRIVATE_HEADERS);
};
