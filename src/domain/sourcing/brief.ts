import { z } from 'zod';
import type { Role } from '../content/role.ts';
import type { PdfBlock, PdfDocumentModel } from '../pdf/model.ts';
import { coverageName, formatMoney, formatNumber, optionName } from './describe.ts';
import type { Translate } from './describe.ts';
import { SourcingInputSchema } from './input.ts';
import type { OptionId } from './input.ts';
import type { SourcingView } from './present.ts';

/** A provider's proposal, to compare offers on one basis. */
export const ProposalSchema = z
  .object({
    /** Provider's name. */
    name: z.string().trim().min(1).max(80),
    /** Monthly fee, before extras. */
    monthlyFee: z.number().min(0).max(1_000_000),
    /** One-off set-up fee. */
    setupFee: z.number().min(0).max(1_000_000).default(0),
    /** Hourly rate of work beyond the package. */
    extraHourlyRate: z.number().min(0).max(10_000).default(0),
    /** Hours a month expected beyond the package. */
    extraHoursPerMonth: z.number().min(0).max(1000).default(0),
    /** Shortest commitment, in months: paid even if the horizon is shorter. */
    minimumMonths: z.number().int().min(0).max(120).default(0),
  })
  .strict();
export type Proposal = z.output<typeof ProposalSchema>;

/** `POST /api/sourcing/brief`: the helper's inputs, plus any proposals received to compare. */
export const BriefRequestSchema = SourcingInputSchema.extend({
  /** Proposals received, normalised to a monthly cost over the horizon in the grid. */
  proposals: z.array(ProposalSchema).max(10).default([]),
});
export type BriefRequest = z.output<typeof BriefRequestSchema>;

/**
 * A proposal's cost per month over the horizon: the set-up fee, the monthly fee for the longer of
 * the horizon and the minimum commitment, and the expected extras, all divided by the horizon.
 */
export function normaliseProposal(proposal: Proposal, horizonMonths: number): number {
  const paidMonths = Math.max(horizonMonths, proposal.minimumMonths);
  const total =
    proposal.setupFee +
    proposal.monthlyFee * paidMonths +
    proposal.extraHourlyRate * proposal.extraHoursPerMonth * horizonMonths;
  return total / horizonMonths;
}

/** One section of the brief: a heading, paragraphs and a list. */
export interface BriefSection {
  id: string;
  heading: string;
  paragraphs: string[];
  items: string[];
}

/** The mission brief (cahier des charges) as every surface renders it. */
export interface BriefView {
  locale: 'fr' | 'en';
  title: string;
  subtitle: string;
  /** The option the brief is written for. */
  option: OptionId;
  sections: BriefSection[];
  /** The grid to compare proposals: one row per proposal, blank rows when none is given. */
  grid: { heading: string; columns: string[]; rows: string[][]; note: string };
}

const section = (
  id: string,
  heading: string,
  paragraphs: string[] = [],
  items: string[] = [],
): BriefSection => ({ id, heading, paragraphs, items });

/**
 * Builds the mission brief from the answer and, when the person chose a role template, from its
 * objective, perimeter, red lines, who decides, escalation and KPIs (article 004). Customer data
 * handled by the provider brings the processor's terms (GDPR art. 28 in France, Québec's private
 * sector act there).
 */
export function buildBrief(
  view: SourcingView,
  t: Translate,
  {
    role,
    proposals = [],
    date,
  }: { role?: Role | undefined; proposals?: readonly Proposal[]; date: string },
): BriefView {
  const { input, locale } = view;
  const option: OptionId = view.recommendation ?? 'freelance';
  const money = (value: number) => formatMoney(value, view.currency, locale);
  const number = (value: number) => formatNumber(value, locale);
  const text = (value: { fr: string; en: string }) => value[locale];
  const hours = number(view.hoursPerWeek);
  const customerData =
    input.objectives.includes('customer-service') || input.conversationsPerWeek > 0;
  const company = input.company || t('sourcing.brief.ourCompany');

  const sections: BriefSection[] = [
    section('context', t('sourcing.brief.h.context'), [
      t('sourcing.brief.context', {
        company,
        headcount: number(input.headcount),
        country: t(`sourcing.brief.country.${input.country}`),
      }),
      t('sourcing.brief.answer', { option: optionName(option, t), summary: view.summary }),
    ]),
    section('mission', t('sourcing.brief.h.mission'), [
      t(`sourcing.brief.mission.${option}`, { hours }),
    ]),
    section(
      'objective',
      t('sourcing.brief.h.objective'),
      role ? [t('sourcing.brief.role', { role: text(role.title) })] : [],
      role
        ? role.perimeter.objectiveExamples.map(text)
        : input.objectives.map((objective) => t(`sourcing.brief.objective.${objective}`)),
    ),
    ...(role
      ? [
          section('in-scope', t('sourcing.brief.h.inScope'), [], role.perimeter.inScope.map(text)),
          section(
            'out-of-scope',
            t('sourcing.brief.h.outOfScope'),
            [],
            role.perimeter.outOfScope.map(text),
          ),
        ]
      : []),
    section(
      'red-lines',
      t('sourcing.brief.h.redLines'),
      [
        t('sourcing.brief.decides', {
          who: role ? text(role.perimeter.decides) : t('sourcing.brief.decides.default'),
        }),
        t('sourcing.brief.escalation', {
          how: role ? text(role.perimeter.escalation) : t('sourcing.brief.escalation.default'),
        }),
      ],
      role
        ? role.perimeter.redLines.map(text)
        : [1, 2, 3].map((index) => t(`sourcing.brief.redLine.${index}`)),
    ),
    section(
      'volumes',
      t('sourcing.brief.h.volumes'),
      [],
      [
        t('sourcing.brief.volume.hours', { hours }),
        t('sourcing.brief.volume.networks', { count: input.networks }),
        t('sourcing.brief.volume.spaces', { count: input.communitySpaces }),
        t('sourcing.brief.volume.posts', { count: number(input.postsPerWeek) }),
        t('sourcing.brief.volume.conversations', { count: number(input.conversationsPerWeek) }),
      ],
    ),
    section(
      'coverage',
      t('sourcing.brief.h.coverage'),
      [t('sourcing.brief.coverage', { coverage: coverageName(input.coverage, t) })],
      [t(`sourcing.brief.response.${input.coverage}`), t('sourcing.brief.response.source')],
    ),
    section(
      'reporting',
      t('sourcing.brief.h.reporting'),
      [t('sourcing.brief.reporting')],
      role
        ? role.kpis.map((kpi) => text(kpi.label))
        : [1, 2, 3, 4].map((index) => t(`sourcing.brief.kpi.${index}`)),
    ),
    section(
      'access',
      t('sourcing.brief.h.access'),
      [],
      [1, 2, 3, 4].map((index) => t(`sourcing.brief.access.${index}`)),
    ),
    section(
      'data',
      t('sourcing.brief.h.data'),
      [
        t('sourcing.brief.confidentiality'),
        customerData
          ? t(`sourcing.brief.data.processor.${input.country}`)
          : t('sourcing.brief.data.none'),
      ],
      customerData && input.country === 'fr'
        ? [1, 2, 3, 4, 5, 6, 7].map((index) => t(`sourcing.brief.gdpr.${index}`))
        : customerData
          ? [1, 2, 3].map((index) => t(`sourcing.brief.quebec.${index}`))
          : [],
    ),
    section(
      'ownership',
      t('sourcing.brief.h.ownership'),
      [],
      [1, 2, 3].map((index) => t(`sourcing.brief.ownership.${index}`)),
    ),
    section(
      'reversibility',
      t('sourcing.brief.h.reversibility'),
      [],
      [1, 2, 3, 4].map((index) => t(`sourcing.brief.reversibility.${index}`)),
    ),
    section('budget', t('sourcing.brief.h.budget'), [
      t('sourcing.brief.budget', {
        budget: money(input.monthlyBudget),
        months: input.horizonMonths,
        weeks: input.startWithinWeeks,
      }),
    ]),
  ];

  const rows =
    proposals.length > 0
      ? proposals
          .map((proposal) => ({
            proposal,
            monthly: normaliseProposal(proposal, input.horizonMonths),
          }))
          .sort((a, b) => a.monthly - b.monthly)
          .map(({ proposal, monthly }) => [
            proposal.name,
            money(proposal.monthlyFee),
            money(proposal.setupFee),
            proposal.extraHoursPerMonth > 0
              ? `${number(proposal.extraHoursPerMonth)} h × ${money(proposal.extraHourlyRate)}`
              : '—',
            proposal.minimumMonths > 0 ? number(proposal.minimumMonths) : '—',
            money(monthly),
            monthly <= input.monthlyBudget + 1e-6 ? t('sourcing.yes') : t('sourcing.no'),
            '',
            '',
          ])
      : [1, 2, 3].map(() => ['', '', '', '', '', '', '', '', '']);

  return {
    locale,
    title: t('sourcing.brief.title', { company }),
    subtitle: t('sourcing.brief.subtitle', { option: optionName(option, t), date }),
    option,
    sections,
    grid: {
      heading: t('sourcing.brief.h.grid'),
      columns: [
        t('sourcing.brief.grid.provider'),
        t('sourcing.brief.grid.monthly'),
        t('sourcing.brief.grid.setup'),
        t('sourcing.brief.grid.extras'),
        t('sourcing.brief.grid.commitment'),
        t('sourcing.brief.grid.normalised', { months: input.horizonMonths }),
        t('sourcing.brief.grid.budget'),
        t('sourcing.brief.grid.coverage'),
        t('sourcing.brief.grid.notes'),
      ],
      rows,
      note: t('sourcing.brief.grid.note', { months: input.horizonMonths }),
    },
  };
}

/** The brief as Markdown, for a document the person edits and sends. */
export function briefToMarkdown(brief: BriefView): string {
  const lines = [`# ${brief.title}`, '', `_${brief.subtitle}_`, ''];
  for (const part of brief.sections) {
    lines.push(`## ${part.heading}`, '');
    for (const paragraph of part.paragraphs) lines.push(paragraph, '');
    if (part.items.length > 0) lines.push(...part.items.map((item) => `- ${item}`), '');
  }
  const cell = (value: string) => value.replace(/\|/g, '\\|') || ' ';
  lines.push(
    `## ${brief.grid.heading}`,
    '',
    `| ${brief.grid.columns.map(cell).join(' | ')} |`,
    `| ${brief.grid.columns.map(() => '---').join(' | ')} |`,
    ...brief.grid.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    brief.grid.note,
    '',
  );
  return lines.join('\n');
}

/** The brief as a PDF document model. */
export function briefPdfModel(brief: BriefView, footer: string): PdfDocumentModel {
  const blocks: PdfBlock[] = [];
  for (const part of brief.sections) {
    blocks.push({ type: 'heading', level: 2, text: part.heading });
    for (const paragraph of part.paragraphs) blocks.push({ type: 'paragraph', text: paragraph });
    if (part.items.length > 0) blocks.push({ type: 'bullets', items: part.items });
  }
  blocks.push(
    { type: 'heading', level: 2, text: brief.grid.heading },
    {
      type: 'table',
      columns: brief.grid.columns,
      rows: brief.grid.rows.map((row) => row.map((value) => value || ' ')),
    },
    { type: 'paragraph', tone: 'small', text: brief.grid.note },
  );
  return {
    title: brief.title,
    subtitle: brief.subtitle,
    author: "Trait d'union",
    subject: brief.title,
    language: brief.locale,
    keywords: ['community management', 'cahier des charges', brief.option],
    footer,
    blocks,
  };
}
