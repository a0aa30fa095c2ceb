import type { PdfBlock, PdfDocumentModel } from '../pdf/model.ts';
import { fileNameOf } from '../text/index.ts';
import { formatMoney, formatNumber } from './describe.ts';
import type { Translate } from './describe.ts';
import type { SourcingView } from './present.ts';

/** What the sourcing summary needs besides the answer. */
export interface SourcingSummaryOptions {
  t: Translate;
  /** Date printed under the title, already formatted for the locale. */
  date: string;
  /** Link that reproduces the answer, printed at the bottom. */
  link?: string;
}

/**
 * The PDF's file name, after the company and the date: « boulangerie-martin-aide-au-choix-2026-11-30.pdf »;
 * without a company, « aide-au-choix-2026-11-30.pdf ».
 */
export function sourcingPdfFileName(
  company: string,
  isoDate: string,
  locale: 'fr' | 'en',
  kind: 'summary' | 'brief' = 'summary',
): string {
  const name =
    kind === 'brief'
      ? locale === 'fr'
        ? 'cahier-des-charges'
        : 'mission-brief'
      : locale === 'fr'
        ? 'aide-au-choix'
        : 'sourcing';
  return fileNameOf([company, name, isoDate], 'pdf');
}

/**
 * The PDF summary of a sourcing answer: the answer and the plan, the inputs, scores and costs,
 * reasons for and against, what would change the answer, the employer-cost breakdown, the
 * weights used, and every assumption with its source and year. Plain data; `renderPdf` draws it.
 */
export function buildSourcingSummary(
  view: SourcingView,
  { t, date, link }: SourcingSummaryOptions,
): PdfDocumentModel {
  const money = (value: number) => formatMoney(value, view.currency, view.locale);
  const number = (value: number) => formatNumber(value, view.locale);
  const months = view.horizonMonths;
  const best = view.options[0];
  const others = view.options.slice(1);
  const colon = view.locale === 'fr' ? '\u00a0: ' : ': ';
  const blocks: PdfBlock[] = [
    {
      type: 'callout',
      tone:
        view.status === 'recommended' ? 'success' : view.status === 'closest' ? 'warning' : 'info',
      title: view.headline,
      text: view.summary,
    },
  ];
  if (view.plan) {
    blocks.push(
      { type: 'heading', level: 2, text: view.plan.title },
      { type: 'bullets', items: view.plan.changes },
      ...(view.plan.hoursRoute ? [{ type: 'paragraph' as const, text: view.plan.hoursRoute }] : []),
      { type: 'paragraph', text: view.plan.atOnce },
    );
  }
  if (view.notices.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: t('sourcing.answer.notices') },
      { type: 'bullets', items: view.notices },
    );
  }
  blocks.push(
    { type: 'heading', level: 2, text: t('sourcing.pdf.inputs') },
    { type: 'keyValue', rows: view.inputSummary },
  );
  if (view.status !== 'no-work') {
    blocks.push(
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
        widths: [0.3, 0.12, 0.15, 0.17, 0.13, 0.13],
        rows: view.options.map((option) => [
          option.id === view.recommendation ? `★ ${option.name}` : option.name,
          `${number(option.score)} / 100`,
          money(option.monthlyCost),
          money(option.totalCost),
          t('sourcing.weeks', { weeks: number(option.startWeeks) }),
          option.feasible ? t('sourcing.yes') : t('sourcing.no'),
        ]),
      },
      { type: 'heading', level: 2, text: t('sourcing.answer.why') },
      { type: 'bullets', items: (best?.reasons ?? []).map((reason) => reason.text) },
      { type: 'heading', level: 2, text: t('sourcing.answer.whyNot') },
      {
        type: 'bullets',
        items: others.map(
          (option) =>
            `${option.name}${colon}${option.reasons.map((reason) => reason.text).join(' ') || '—'}`,
        ),
      },
      { type: 'heading', level: 2, text: t('sourcing.answer.sensitivity') },
      view.sensitivity.length > 0
        ? { type: 'bullets', items: view.sensitivity.map((item) => item.text) }
        : { type: 'paragraph', text: t('sourcing.answer.sensitivity.none') },
    );
  }
  if (best?.breakdown) {
    blocks.push(
      { type: 'heading', level: 2, text: best.breakdown.title },
      {
        type: 'keyValue',
        rows: best.breakdown.rows.map((row) => ({ label: row.label, value: row.text })),
      },
      { type: 'paragraph', tone: 'small', text: best.breakdown.source },
    );
  }
  blocks.push(
    { type: 'heading', level: 2, text: t('sourcing.pdf.weights') },
    {
      type: 'table',
      columns: [t('sourcing.col.criterion'), t('sourcing.col.weight'), t('sourcing.col.computed')],
      widths: [0.5, 0.25, 0.25],
      rows: view.weights.map((item) => [
        item.label,
        `${number(item.weight)}${item.edited ? ` (${t('sourcing.answer.edited')})` : ''}`,
        number(item.computed),
      ]),
    },
    { type: 'heading', level: 2, text: t('sourcing.pdf.assumptions') },
    {
      type: 'table',
      columns: [t('sourcing.col.assumption'), t('sourcing.col.value'), t('sourcing.col.source')],
      widths: [0.42, 0.18, 0.4],
      rows: view.assumptions.map((item) => [
        item.label,
        `${number(item.value)} ${t(`sourcing.unit.${item.unit}`)}${item.edited ? ` (${t('sourcing.answer.default', { value: number(item.defaultValue) })})` : ''}`,
        `${item.source.name}, ${item.source.year}${item.dated ? ` · ${t('sourcing.answer.dated')}${item.stillUsedBecause ? `${colon}${item.stillUsedBecause}` : ''}` : ''}`,
      ]),
    },
  );
  if (link)
    blocks.push({ type: 'paragraph', tone: 'small', text: t('sourcing.pdf.link', { url: link }) });
  const company = view.input.company;
  return {
    title: company ? `${t('sourcing.pdf.title')} · ${company}` : t('sourcing.pdf.title'),
    subtitle: t('sourcing.pdf.subtitle', { date }),
    author: "Trait d'union",
    subject: view.headline,
    language: view.locale,
    keywords: ['community management', 'sourcing', ...view.options.map((option) => option.id)],
    footer: t('sourcing.pdf.footer'),
    blocks,
  };
}
