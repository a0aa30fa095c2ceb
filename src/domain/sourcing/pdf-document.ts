import type { ApiSourcingAnswer } from './api-answer.ts';
import { fileNameOf, formatMoney, formatNumber } from '../text/index.ts';
import type { Translate } from './describe.ts';
import type { PdfBlock, PdfDocumentModel } from '../pdf/model.ts';

/** Thresholds printed in the PDF (the page shows them all). */
const PDF_THRESHOLDS = 3;

/** What the one-page sourcing summary needs besides the answer. */
export interface SourcingSummaryOptions {
  t: Translate;
  /** Date printed under the title, already formatted for the locale. */
  date: string;
  /** Link that reproduces the answer, printed at the bottom. */
  link?: string;
}

/**
 * The summary's download name, the same from the API and the browser: the recommended option and
 * the day, `synthese-sourcing-freelance-2026-11-30.pdf`.
 */
export function sourcingPdfFileName(
  answer: Pick<ApiSourcingAnswer, 'locale' | 'recommendation'> & {
    options: readonly Pick<ApiSourcingAnswer['options'][number], 'id' | 'name'>[];
  },
  date: Date,
): string {
  const best = answer.options.find((option) => option.id === answer.recommendation);
  const prefix = answer.locale === 'fr' ? 'synthese-sourcing' : 'sourcing-summary';
  return fileNameOf([prefix, best?.name ?? '', date.toISOString().slice(0, 10)], 'pdf');
}

/**
 * The one-page PDF summary of a sourcing answer: recommendation, scores and costs (a table), reasons for and against, what would change the answer, the weights and any edited
 * assumption. Plain data; `renderPdf` draws it.
 */
export function buildSourcingSummary(
  answer: ApiSourcingAnswer,
  { t, date, link }: SourcingSummaryOptions,
): PdfDocumentModel {
  const money = (value: number) => formatMoney(value, answer.currency, answer.locale);
  const months = answer.horizonMonths;
  const best = answer.options.find((option) => option.id === answer.recommendation);
  const others = answer.options.filter((option) => option.id !== answer.recommendation);
  const edited = answer.assumptions.filter((item) => item.edited);
  /** French puts a no-break space before a colon. */
  const colon = answer.locale === 'fr' ? '\u00a0: ' : ': ';
  const blocks: PdfBlock[] = [
    {
      type: 'callout',
      tone: answer.recommendationFeasible ? 'success' : 'warning',
      title: answer.headline,
      text: t('sourcing.answer.hours', { hours: formatNumber(answer.hoursPerWeek, answer.locale) }),
    },
    { type: 'heading', level: 2, text: t('sourcing.answer.table') },
    {
      type: 'table',
      columns: [
        t('sourcing.col.option'),
        t('sourcing.col.score'),
        t('sourcing.col.monthly'),
        t('sourcing.col.total', { months }),
        t('sourcing.col.start'),
        t('sourcing.col.feasible'),
      ],
      widths: [0.28, 0.12, 0.16, 0.18, 0.13, 0.13],
      rows: answer.options.map((option) => [
        option.id === answer.recommendation ? `★ ${option.name}` : option.name,
        `${formatNumber(option.score, answer.locale)} / 100`,
        money(option.monthlyCost),
        money(option.totalCost),
        t('sourcing.weeks', { weeks: formatNumber(option.startWeeks, answer.locale) }),
        option.feasible ? t('sourcing.yes') : t('sourcing.no'),
      ]),
    },
    { type: 'heading', level: 2, text: t('sourcing.answer.why') },
    { type: 'bullets', items: (best?.reasons ?? []).map((reason) => reason.text) },
    { type: 'heading', level: 2, text: t('sourcing.answer.whyNot') },
    {
      type: 'bullets',
      items: others.map((option) => `${option.name}${colon}${option.reasons[0]?.text ?? '—'}`),
    },
    { type: 'heading', level: 2, text: t('sourcing.answer.sensitivity') },
    answer.sensitivity.length > 0
      ? {
          type: 'bullets',
          items: answer.sensitivity.slice(0, PDF_THRESHOLDS).map((item) => item.text),
        }
      : { type: 'paragraph', text: t('sourcing.answer.sensitivity.none') },
    {
      type: 'paragraph',
      tone: 'small',
      text:
        t('sourcing.answer.weights') +
        colon +
        answer.weights
          .map((item) => `${item.label} ${formatNumber(item.weight, answer.locale)}`)
          .join(' · '),
    },
  ];
  const notes = edited.map(
    (item) =>
      `${item.label}${colon}${formatNumber(item.value, answer.locale)} (${t('sourcing.answer.default', { value: formatNumber(item.defaultValue, answer.locale) })})`,
  );
  if (link) notes.push(t('sourcing.pdf.link', { url: link }));
  if (notes.length > 0) blocks.push({ type: 'paragraph', tone: 'small', text: notes.join('\n') });
  return {
    title: t('sourcing.pdf.title'),
    subtitle: t('sourcing.pdf.subtitle', { date }),
    author: "Trait d'union",
    subject: answer.headline,
    language: answer.locale,
    keywords: ['community management', 'sourcing', ...answer.options.map((option) => option.id)],
    footer: t('sourcing.pdf.footer'),
    blocks,
  };
}
