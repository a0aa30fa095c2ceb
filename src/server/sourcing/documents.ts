import { renderPdf } from '../../domain/pdf/render.ts';
import { briefPdfModel, briefToMarkdown, buildBrief } from '../../domain/sourcing/brief.ts';
import type { BriefRequest } from '../../domain/sourcing/brief.ts';
import type { SourcingInput } from '../../domain/sourcing/input.ts';
import { buildSourcingSummary, sourcingPdfFileName } from '../../domain/sourcing/pdf-document.ts';
import { toQueryString } from '../../domain/sourcing/query.ts';
import { createTranslator } from '../../domain/text/index.ts';
import { DICTIONARIES, localizePath } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { loadCatalog } from '../catalog.ts';
import { loadPdfFonts } from '../pdf-fonts.ts';
import { answerSourcing } from './service.ts';

/**
 * The documents made from a sourcing answer: its PDF summary and the mission brief (PDF, Markdown
 * or JSON). Endpoints reach them through `service.ts`, which loads this module (and the PDF
 * engine with it) on first use, so that answering the API does not load the PDF engine.
 */

/** The link that reproduces an answer: the page with the inputs in its query string. */
export function sourcingLink(input: SourcingInput, locale: Locale, origin: string): string {
  const query = toQueryString(input);
  return new URL(`${localizePath('/sourcing/', locale)}${query ? `?${query}` : ''}`, origin).href;
}

/** The PDF summary of an answer: inputs, plan, answer, weights, assumptions; named after the company. */
export async function sourcingPdf(
  input: SourcingInput,
  locale: Locale,
  origin: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const view = await answerSourcing(input, locale);
  const now = new Date();
  const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  }).format(now);
  const model = buildSourcingSummary(view, {
    t: createTranslator(locale, DICTIONARIES[locale]),
    date,
    link: sourcingLink(input, locale, origin),
  });
  return {
    bytes: await renderPdf(model, await loadPdfFonts()),
    fileName: sourcingPdfFileName(input.company, now.toISOString().slice(0, 10), locale),
  };
}

/** The formats the mission brief comes in. */
export type BriefFormat = 'json' | 'md' | 'pdf';

/**
 * The mission brief (cahier des charges) of an answer, from the inputs, the role template chosen
 * (objective, perimeter, red lines, escalation, KPIs) and any proposals to compare: as the view
 * model (JSON), Markdown or PDF.
 */
export async function sourcingBrief(
  request: BriefRequest,
  locale: Locale,
  requestedFormat: string | null,
): Promise<{ body: string | Uint8Array; contentType: string; fileName: string }> {
  const format: BriefFormat =
    requestedFormat === 'md' || requestedFormat === 'pdf' ? requestedFormat : 'json';
  const { proposals, ...input } = request;
  const view = await answerSourcing(input, locale);
  const t = createTranslator(locale, DICTIONARIES[locale]);
  const now = new Date();
  const role = input.role
    ? (await loadCatalog()).roles.find((entry) => entry.id === input.role)
    : undefined;
  const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  }).format(now);
  const brief = buildBrief(view, t, { role, proposals, date });
  const fileName = sourcingPdfFileName(
    input.company,
    now.toISOString().slice(0, 10),
    locale,
    'brief',
  );
  if (format === 'pdf') {
    const bytes = await renderPdf(
      briefPdfModel(brief, t('sourcing.pdf.footer')),
      await loadPdfFonts(),
    );
    return { body: bytes, contentType: 'application/pdf', fileName };
  }
  if (format === 'md') {
    return {
      body: briefToMarkdown(brief),
      contentType: 'text/markdown; charset=utf-8',
      fileName: fileName.replace(/\.pdf$/, '.md'),
    };
  }
  return { body: JSON.stringify(brief), contentType: 'application/json', fileName };
}
