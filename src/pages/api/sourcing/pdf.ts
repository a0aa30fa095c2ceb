import type { APIRoute } from 'astro';
import {
  buildSourcingSummary,
  sourcingPdfFileName,
} from '../../../domain/sourcing/pdf-document.ts';
import { renderPdf } from '../../../domain/pdf/render.ts';
import { SourcingInputSchema } from '../../../domain/sourcing/input.ts';
import { toQueryString } from '../../../domain/sourcing/query.ts';
import { DICTIONARIES, localizePath, toLocale } from '../../../i18n/index.ts';
import { readJsonBody } from '../../../server/http/api.ts';
import { pdfResponse } from '../../../server/http/responses.ts';
import { answerSourcing } from '../../../server/payroll/sourcing-service.ts';
import { loadPdfFonts } from '../../../server/pdf-fonts.ts';
import { createTranslator, formatDate } from '../../../domain/text/index.ts';

export const prerender = false;

/**
 * `POST /api/sourcing/pdf[?locale=en]`: the same inputs as `/api/sourcing` → a one-page PDF
 * summary (`application/pdf`), with a link that reproduces the answer.
 */
export const POST: APIRoute = async ({ request, url }) => {
  const body = await readJsonBody(request, SourcingInputSchema);
  if (!body.ok) return body.response;
  const locale = toLocale(url.searchParams.get('locale'));
  const answer = await answerSourcing(body.data, locale);
  const query = toQueryString(body.data);
  const link = new URL(`${localizePath('/sourcing/', locale)}${query ? `?${query}` : ''}`, url);
  const date = formatDate(new Date(), locale);
  const model = buildSourcingSummary(answer, {
    t: createTranslator(locale, DICTIONARIES[locale]),
    date,
    link: link.href,
  });
  const bytes = await renderPdf(model, await loadPdfFonts());
  return pdfResponse(bytes, sourcingPdfFileName(answer, new Date()));
};
