import type { APIRoute } from 'astro';
import { createSubmissionSchema, evaluateAssessment } from '../../../domain/assessment/index.ts';
import { json, readJsonBody } from '../../../server/http/api.ts';
import { loadAssessmentContext } from './_assessment-record.ts';

export const prerender = false;

/** `POST /api/assessments/score`: answers in, result out; nothing is stored. */
export const POST: APIRoute = async ({ request }) => {
  const { catalog, questionnaire } = await loadAssessmentContext();
  const body = await readJsonBody(request, createSubmissionSchema(questionnaire));
  if (!body.ok) return body.response;
  return json({ result: evaluateAssessment(catalog, questionnaire, body.data) });
};
