import type { PdfBlock, PdfDocumentModel } from '../pdf/model.ts';
import { formatDate, formatMessage, typesetFor } from '../text/index.ts';
import type { AssessmentView, SkillView } from './present.ts';

/** The report's file name lives with the view model (islands name their download without this module). */
export { assessmentPdfFileName } from './present.ts';

/** The interface strings the report adds to the view model's. */
export const REPORT_MESSAGE_KEYS = [
  'assessment.pdf.title',
  'assessment.pdf.subtitle',
  'assessment.pdf.preparedFor',
  'assessment.pdf.author',
  'assessment.pdf.subject',
  'assessment.pdf.footer',
  'assessment.pdf.disclaimer',
  'assessment.pdf.method',
  'assessment.results.confidence',
  'assessment.results.cautions',
  'assessment.results.legend',
  'assessment.results.soft.title',
  'assessment.results.soft.chart',
  'assessment.results.knowhow.title',
  'assessment.results.why.title',
  'assessment.results.tools.title',
  'assessment.results.fit.title',
  'assessment.results.fit.strengths',
  'assessment.results.fit.gaps',
  'assessment.results.fit.noGaps',
  'assessment.results.fit.noStrengths',
  'assessment.results.fit.target',
  'assessment.results.table.skill',
  'assessment.results.table.score',
  'assessment.results.table.level',
  'assessment.results.table.percentile',
  'assessment.results.table.tool',
  'assessment.results.norms.title',
  'assessment.review.title',
  'assessment.review.yourChoice',
  'assessment.review.best',
  'assessment.review.bestChosen',
] as const;

/** The strings of `REPORT_MESSAGE_KEYS`, in the report's locale. */
export type ReportMessages = Record<(typeof REPORT_MESSAGE_KEYS)[number], string>;

/** What the report is built from: the view model, its strings, a date and an optional name. */
export interface AssessmentReportInput {
  view: AssessmentView;
  messages: ReportMessages;
  /** When the answers were given (saved) or the report asked for. */
  date: Date;
  /** A name to print; never stored unless the person saved it with their result. */
  name?: string | undefined;
}

function skillTable(skills: readonly SkillView[], input: AssessmentReportInput): PdfBlock {
  const { messages } = input;
  const withPercentile = skills.some((s) => s.percentile !== undefined);
  return {
    type: 'table',
    columns: [
      '#',
      messages['assessment.results.table.skill'],
      messages['assessment.results.table.score'],
      messages['assessment.results.table.level'],
      ...(withPercentile ? [messages['assessment.results.table.percentile']] : []),
    ],
    rows: skills.map((s) => [
      String(s.number),
      s.label,
      String(s.score),
      `${s.level} · ${s.levelName}`,
      ...(withPercentile ? [s.percentile ?? '—'] : []),
    ]),
    widths: withPercentile ? [0.07, 0.4, 0.13, 0.22, 0.18] : [0.08, 0.5, 0.16, 0.26],
  };
}

/**
 * The assessment report as a document model, rendered from the results view model: confidence
 * and cautions, the level legend, skills (radar, table, why), tools, fit per role, the scenario
 * review, the comparison with others and the method. The same model is rendered in the browser
 * and by the PDF endpoint.
 */
export function buildAssessmentReport(input: AssessmentReportInput): PdfDocumentModel {
  const { view, messages } = input;
  const locale = view.locale;
  const fill = (template: string, params: Record<string, string | number>) =>
    formatMessage(template, params, locale);
  const blocks: PdfBlock[] = [
    { type: 'callout', tone: 'info', text: messages['assessment.pdf.disclaimer'] },
    {
      type: 'callout',
      tone: view.confidence.level === 'high' ? 'success' : 'warning',
      title: messages['assessment.results.confidence'],
      text: [view.confidence.text, ...view.cautions].join('\n'),
    },
    { type: 'heading', level: 2, text: messages['assessment.results.legend'] },
    {
      type: 'table',
      columns: [messages['assessment.results.table.level'], ''],
      rows: view.legend.map((entry) => [`${entry.level} · ${entry.name}`, entry.text]),
      widths: [0.28, 0.72],
    },
    { type: 'heading', level: 1, text: messages['assessment.results.soft.title'] },
  ];
  if (view.soft.length >= 3) {
    blocks.push({
      type: 'radar',
      axes: view.soft.map((s) => ({ label: String(s.number), value: s.score })),
      max: 100,
      caption: messages['assessment.results.soft.chart'],
    });
  }
  blocks.push(skillTable(view.soft, input));
  if (view.knowHow.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: messages['assessment.results.knowhow.title'] },
      skillTable(view.knowHow, input),
    );
  }
  blocks.push(
    { type: 'heading', level: 2, text: messages['assessment.results.norms.title'] },
    { type: 'paragraph', text: view.norms },
    { type: 'heading', level: 1, text: messages['assessment.results.tools.title'] },
    {
      type: 'bars',
      items: view.toolCategories.map((c) => ({ label: c.label, value: c.score, max: 100 })),
    },
    {
      type: 'table',
      columns: [
        messages['assessment.results.table.tool'],
        messages['assessment.results.table.level'],
      ],
      rows: view.toolCategories.flatMap((c) => c.tools.map((t) => [t.label, t.levelText])),
      widths: [0.6, 0.4],
    },
    { type: 'heading', level: 1, text: messages['assessment.results.fit.title'] },
    {
      type: 'bars',
      items: view.roles.map((r) => ({ label: r.title, value: r.fit, max: 100 })),
    },
  );
  for (const role of view.roles) {
    const heading = role.target
      ? `${role.title} · ${messages['assessment.results.fit.target']}`
      : role.title;
    blocks.push(
      { type: 'heading', level: 3, text: `${heading} — ${role.fitText}` },
      { type: 'paragraph', text: messages['assessment.results.fit.strengths'], tone: 'muted' },
      role.strengths.length > 0
        ? { type: 'bullets', items: role.strengths }
        : { type: 'paragraph', text: messages['assessment.results.fit.noStrengths'] },
      { type: 'paragraph', text: messages['assessment.results.fit.gaps'], tone: 'muted' },
      role.gaps.length > 0
        ? { type: 'bullets', items: role.gaps.map((g) => `${g.heading} ${g.descriptor}`) }
        : { type: 'paragraph', text: messages['assessment.results.fit.noGaps'] },
    );
    if (role.unmeasured) blocks.push({ type: 'paragraph', tone: 'small', text: role.unmeasured });
  }
  blocks.push({ type: 'heading', level: 1, text: messages['assessment.review.title'] });
  for (const review of view.scenarios) {
    blocks.push(
      { type: 'heading', level: 3, text: review.title },
      {
        type: 'keyValue',
        rows: [
          {
            label: messages['assessment.review.yourChoice'],
            value: `${review.chosen.text} (${review.chosen.points}) ${review.chosen.rationale}`,
          },
          review.best
            ? {
                label: messages['assessment.review.best'],
                value: `${review.best.text} ${review.best.rationale}`,
              }
            : {
                label: messages['assessment.review.best'],
                value: messages['assessment.review.bestChosen'],
              },
        ],
      },
      { type: 'paragraph', tone: 'small', text: review.explanation },
    );
  }
  blocks.push({ type: 'heading', level: 1, text: messages['assessment.results.why.title'] });
  for (const skill of [...view.soft, ...view.knowHow]) {
    blocks.push(
      { type: 'heading', level: 3, text: `${skill.number}. ${skill.label} — ${skill.score} / 100` },
      { type: 'paragraph', text: [skill.why.summary, skill.why.cap].filter(Boolean).join(' ') },
      { type: 'bullets', items: skill.why.lines },
    );
  }
  blocks.push(
    { type: 'spacer', size: 8 },
    { type: 'paragraph', tone: 'small', text: messages['assessment.pdf.method'] },
  );
  const date = formatDate(input.date, locale);
  const name = input.name?.trim();
  return {
    title: messages['assessment.pdf.title'],
    subtitle: name
      ? `${fill(messages['assessment.pdf.preparedFor'], { name: typesetFor(locale, name) })} · ${fill(messages['assessment.pdf.subtitle'], { date })}`
      : fill(messages['assessment.pdf.subtitle'], { date }),
    author: messages['assessment.pdf.author'],
    subject: messages['assessment.pdf.subject'],
    language: locale,
    keywords: ['community management', 'self-assessment', view.version],
    footer: messages['assessment.pdf.footer'],
    blocks,
  };
}
