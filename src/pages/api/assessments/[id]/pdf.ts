import type { APIRoute } from 'astro';
import { evaluateAssessment } from '../../../../domain/assessment/index.ts';
import {
  assessmentPdfFileName,
  buildAssessmentReport,
  REPORT_MESSAGE_KEYS,
} from '../../../../domain/assessment/pdf-document.ts';
import { renderPdf } from '../../../../domain/pdf/render.ts';
import { pickMessages } from '../../../../i18n/index.ts';
import { notFound } from '../../../../server/http/api.ts';
import { pdfResponse } from '../../../../server/http/responses.ts';
import { loadPdfFonts } from '../../../../server/pdf-fonts.ts';
import { findOwnedAssessment, loadAssessmentContext } from '../_assessment-record.ts';

export const prerender = false;

/** `GET /api/assessments/{id}/pdf` with the bearer token: the report, in the answers' locale. */
export const GET: APIRoute = async ({ params, request }) => {
  const record = await findOwnedAssessment(params['id'], request);
  if (!record) return notFound();
  const { catalog, questionnaire } = await loadAssessmentContext();
  const { locale } = record.data;
  const model = buildAssessmentReport({
    result: evaluateAssessment(catalog, questionnaire, record.data),
    catalog,
    locale,
    messages: pickMessages(locale, REPORT_MESSAGE_KEYS),
    date: new Date(record.createdAt),
  });
  const bytes = await renderPdf(model, await loadPdfFonts());
  return pdfResponse(bytes, assessmentPdfFileName(locale, new Date(record.createdAt)));
};
