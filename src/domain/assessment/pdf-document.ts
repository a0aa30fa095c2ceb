import type { AssessmentCatalog } from './catalog.ts';
import { findSkill } from './catalog.ts';
import type { AssessmentResult, RoleResult } from './evaluate.ts';
import { levelFromScore } from './fit.ts';
import type { QualityFlag } from './quality.ts';
import type { ToolCategory } from '../content/skill.ts';
import type { PdfBlock, PdfDocumentModel } from '../pdf/model.ts';
import { fileNameOf, formatDate, formatMessage as fill, type Locale } from '../text/index.ts';

/** The report's download name, the same from the API and the browser: `auto-evaluation-2026-11-30.pdf`. */
export function assessmentPdfFileName(locale: Locale, date: Date): string {
  const day = Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
  return fileNameOf([locale === 'fr' ? 'auto-evaluation' : 'self-assessment', day], 'pdf');
}

/** The interface strings the report uses; callers pick them from the `assessment` dictionary. */
export const REPORT_MESSAGE_KEYS = [
  'assessment.pdf.title',
  'assessment.pdf.subtitle',
  'assessment.pdf.author',
  'assessment.pdf.subject',
  'assessment.pdf.footer',
  'assessment.pdf.disclaimer',
  'assessment.pdf.cautions',
  'assessment.pdf.outdated',
  'assessment.results.soft.title',
  'assessment.results.soft.chart',
  'assessment.results.knowhow.title',
  'assessment.results.tools.title',
  'assessment.results.fit.title',
  'assessment.results.fit.strengths',
  'assessment.results.fit.gaps',
  'assessment.results.fit.noGaps',
  'assessment.results.fit.noStrengths',
  'assessment.results.fit.unmeasured',
  'assessment.results.fit.target',
  'assessment.results.fit.gapLine',
  'assessment.results.fit.strengthLine',
  'assessment.results.table.skill',
  'assessment.results.table.score',
  'assessment.results.table.level',
  'assessment.results.table.tool',
  'assessment.results.tool.never',
  'assessment.results.tool.level',
  'assessment.flag.identical-answers',
  'assessment.flag.too-fast',
  'assessment.flag.contradictory-pairs',
  'assessment.toolCategory.social-networks',
  'assessment.toolCategory.scheduling',
  'assessment.toolCategory.listening',
  'assessment.toolCategory.analytics',
  'assessment.toolCategory.design',
  'assessment.toolCategory.community-platforms',
  'assessment.toolCategory.reporting',
  'assessment.pdf.method',
] as const;

/** The strings of `REPORT_MESSAGE_KEYS`, in the report's locale. */
export type ReportMessages = Record<(typeof REPORT_MESSAGE_KEYS)[number], string>;

/** What the report is built from. */
export interface AssessmentReportInput {
  result: AssessmentResult;
  catalog: AssessmentCatalog;
  locale: Locale;
  messages: ReportMessages;
  /** When the answers were given (saved) or the report asked for. */
  date: Date;
}

/** One flag's sentence, by flag type. */
const FLAG_TEXT: {
  [T in QualityFlag['type']]: (
    flag: Extract<QualityFlag, { type: T }>,
    input: AssessmentReportInput,
  ) => string;
} = {
  'identical-answers': (flag, { messages }) =>
    fill(messages['assessment.flag.identical-answers'], { value: flag.value }),
  'too-fast': (flag, { messages }) =>
    fill(messages['assessment.flag.too-fast'], {
      minutes: Math.max(1, Math.round(flag.seconds / 60)),
      minimum: Math.ceil(flag.minimum / 60),
    }),
  'contradictory-pairs': (flag, input) =>
    fill(input.messages['assessment.flag.contradictory-pairs'], {
      skills: flag.skills.map((id) => labelOf(input, id)).join(', '),
    }),
};

/** A flag's sentence in the report's locale. */
export function describeFlag(flag: QualityFlag, input: AssessmentReportInput): string {
  return (FLAG_TEXT[flag.type] as (f: QualityFlag, i: AssessmentReportInput) => string)(
    flag,
    input,
  );
}

function labelOf(input: Pick<AssessmentReportInput, 'catalog' | 'locale'>, id: string): string {
  return findSkill(input.catalog, id)?.label[input.locale] ?? id;
}

function roleBlocks(role: RoleResult, input: AssessmentReportInput): PdfBlock[] {
  const { messages, catalog, locale } = input;
  const title = catalog.roles.find((r) => r.id === role.role)?.title[locale] ?? role.role;
  const heading = role.target ? `${title} · ${messages['assessment.results.fit.target']}` : title;
  const blocks: PdfBlock[] = [
    { type: 'heading', level: 3, text: `${heading} — ${role.fit} / 100` },
    { type: 'paragraph', text: messages['assessment.results.fit.strengths'], tone: 'muted' },
    role.strengths.length > 0
      ? {
          type: 'bullets',
          items: role.strengths.map((s) =>
            fill(messages['assessment.results.fit.strengthLine'], {
              skill: labelOf(input, s.skill),
              current: s.current,
              required: s.required,
            }),
          ),
        }
      : { type: 'paragraph', text: messages['assessment.results.fit.noStrengths'] },
    { type: 'paragraph', text: messages['assessment.results.fit.gaps'], tone: 'muted' },
    role.gaps.length > 0
      ? {
          type: 'bullets',
          items: role.gaps.map(
            (gap) =>
              `${fill(messages['assessment.results.fit.gapLine'], {
                skill: labelOf(input, gap.skill),
                current: gap.current,
                required: gap.required,
                next: gap.nextLevel,
              })} ${gap.nextLevelDescriptor[locale]}`,
          ),
        }
      : { type: 'paragraph', text: messages['assessment.results.fit.noGaps'] },
  ];
  if (role.unmeasured.length > 0) {
    blocks.push({
      type: 'paragraph',
      tone: 'small',
      text: fill(messages['assessment.results.fit.unmeasured'], {
        skills: role.unmeasured.map((id) => labelOf(input, id)).join(', '),
      }),
    });
  }
  return blocks;
}

/**
 * The assessment report as a document model: cautions, the soft-skill radar and its table, the
 * skills observed in scenarios, tool mastery by category, fit to each role with strengths and
 * gaps, and the method. The same model is rendered in the browser and by the PDF endpoint.
 */
export function buildAssessmentReport(input: AssessmentReportInput): PdfDocumentModel {
  const { result, catalog, locale, messages } = input;
  const date = formatDate(input.date, locale);
  const kindOf = (id: string) => findSkill(catalog, id)?.kind;
  const soft = result.skills.filter((s) => kindOf(s.skill) === 'soft');
  const knowHow = result.skills.filter((s) => kindOf(s.skill) !== 'soft');
  // Numbered rows: the radar's axes carry the numbers, since many long names overlap on a circle.
  const skillRows = (list: typeof soft) =>
    list.map((s, i) => [
      String(i + 1),
      labelOf(input, s.skill),
      String(s.score),
      String(levelFromScore(s.score)),
    ]);
  const skillColumns = [
    '#',
    messages['assessment.results.table.skill'],
    messages['assessment.results.table.score'],
    messages['assessment.results.table.level'],
  ];
  const blocks: PdfBlock[] = [
    { type: 'callout', tone: 'info', text: messages['assessment.pdf.disclaimer'] },
  ];
  if (result.flags.length > 0 || result.outdated) {
    const lines = result.flags.map((flag) => describeFlag(flag, input));
    if (result.outdated) lines.push(messages['assessment.pdf.outdated']);
    blocks.push({
      type: 'callout',
      tone: 'warning',
      title: messages['assessment.pdf.cautions'],
      text: lines.join('\n'),
    });
  }
  blocks.push({ type: 'heading', level: 1, text: messages['assessment.results.soft.title'] });
  if (soft.length >= 3) {
    blocks.push({
      type: 'radar',
      axes: soft.map((s, i) => ({ label: String(i + 1), value: s.score })),
      max: 100,
      caption: messages['assessment.results.soft.chart'],
    });
  }
  blocks.push({
    type: 'table',
    columns: skillColumns,
    rows: skillRows(soft),
    widths: [0.08, 0.56, 0.2, 0.16],
  });
  if (knowHow.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: messages['assessment.results.knowhow.title'] },
      {
        type: 'table',
        columns: skillColumns,
        rows: skillRows(knowHow),
        widths: [0.08, 0.56, 0.2, 0.16],
      },
    );
  }
  blocks.push(
    { type: 'heading', level: 1, text: messages['assessment.results.tools.title'] },
    {
      type: 'bars',
      items: result.toolCategories.map((c) => ({
        label:
          messages[
            `assessment.toolCategory.${c.category}` satisfies `assessment.toolCategory.${ToolCategory}`
          ],
        value: c.score,
        max: 100,
      })),
    },
    {
      type: 'table',
      columns: [
        messages['assessment.results.table.tool'],
        messages['assessment.results.table.level'],
      ],
      rows: result.tools.map((t) => [
        labelOf(input, t.tool),
        t.level === 0
          ? messages['assessment.results.tool.never']
          : fill(messages['assessment.results.tool.level'], { level: t.level }),
      ]),
      widths: [0.6, 0.4],
    },
    { type: 'heading', level: 1, text: messages['assessment.results.fit.title'] },
    {
      type: 'bars',
      items: result.roles.map((r) => ({
        label: catalog.roles.find((role) => role.id === r.role)?.title[locale] ?? r.role,
        value: r.fit,
        max: 100,
      })),
    },
    ...result.roles.flatMap((role) => roleBlocks(role, input)),
    { type: 'spacer', size: 8 },
    { type: 'paragraph', tone: 'small', text: messages['assessment.pdf.method'] },
  );
  return {
    title: messages['assessment.pdf.title'],
    subtitle: fill(messages['assessment.pdf.subtitle'], { date }),
    author: messages['assessment.pdf.author'],
    subject: messages['assessment.pdf.subject'],
    language: locale,
    keywords: ['community management', 'self-assessment', result.version],
    footer: messages['assessment.pdf.footer'],
    blocks,
  };
}
