import type { PdfBlock, PdfDocumentModel } from '../pdf/model.ts';
import { fileNameOf, formatDate, formatMessage, typesetFor } from '../text/index.ts';
import type { Locale } from '../text/index.ts';
import type { ForbiddenBox, GuideCompetency, GuideFlagCheck, InterviewGuide } from './guide.ts';

/**
 * The interview guide as a PDF document model, rendered from the guide's view model
 * (`buildInterviewGuide`): per competency (savoir-être and savoir-agir first), the two behavioural questions with
 * their STAR follow-ups, this candidate's gap and caution probes, the rating scale anchored on the
 * skill's four level descriptors, and room for the rating and the evidence heard; then the box of questions never to ask.
 */

/** The interface strings the guide's surfaces (print page and PDF) use, from `campaign.ts`. */
export const GUIDE_MESSAGE_KEYS = [
  'campaign.guide.title',
  'campaign.guide.intro',
  'campaign.guide.order',
  'campaign.guide.kind.soft',
  'campaign.guide.kind.knowHow',
  'campaign.guide.weight.mandatory',
  'campaign.guide.weight.relative',
  'campaign.guide.required',
  'campaign.guide.candidateLevel',
  'campaign.guide.question',
  'campaign.guide.followUps',
  'campaign.guide.gap.title',
  'campaign.guide.gap.body',
  'campaign.guide.gap.probes',
  'campaign.guide.flags.title',
  'campaign.guide.flags.general',
  'campaign.guide.scale.title',
  'campaign.guide.scale.required',
  'campaign.guide.scale.rating',
  'campaign.guide.scale.descriptor',
  'campaign.guide.notes',
  'campaign.guide.notInterviewed',
  'campaign.guide.forCandidate',
  'campaign.guide.forCampaign',
  'campaign.guide.pdf.author',
  'campaign.guide.pdf.subject',
  'campaign.guide.pdf.footer',
  'campaign.guide.pdf.date',
  'campaign.guide.pdf.fileName',
  'campaign.forbidden.title',
  'campaign.forbidden.intro',
  'campaign.forbidden.examples',
  'campaign.forbidden.noRules',
  'campaign.forbidden.references',
  'campaign.flag.inconsistent',
  'campaign.flag.tooGood',
  'campaign.flag.careless',
] as const;

/** The strings of `GUIDE_MESSAGE_KEYS`, in the guide's locale (typeset by the dictionary). */
export type GuideMessages = Record<(typeof GUIDE_MESSAGE_KEYS)[number], string>;

/** What the guide document is built from. */
export interface GuideDocumentInput {
  guide: InterviewGuide;
  messages: GuideMessages;
  /** The job title. */
  job: string;
  organisation: string;
  /** « Candidat·e A » (or the name, once revealed) for a candidate's guide; null campaign-wide. */
  candidateLabel: string | null;
  /** Labels of the tools the guide does not interview on, by skill id. */
  toolLabels: Readonly<Record<string, string>>;
  date: Date;
}

const FLAG_KEY = {
  inconsistent: 'campaign.flag.inconsistent',
  'too-good': 'campaign.flag.tooGood',
  careless: 'campaign.flag.careless',
} as const;

/** The name of a caution kind, as the guide shows it. */
export function flagName(check: Pick<GuideFlagCheck, 'flag'>, messages: GuideMessages): string {
  return messages[FLAG_KEY[check.flag]];
}

/** The line under a competency's heading: weight class, required level, the person's level. */
export function competencyFacts(
  competency: GuideCompetency,
  messages: GuideMessages,
  locale: Locale,
): string {
  const fill = (template: string, params: Record<string, string | number>) =>
    formatMessage(template, params, locale);
  return [
    messages[`campaign.guide.weight.${competency.weight}`],
    fill(messages['campaign.guide.required'], { level: competency.requiredLevel }),
    ...(competency.candidateLevel !== undefined
      ? [fill(messages['campaign.guide.candidateLevel'], { level: competency.candidateLevel })]
      : []),
  ].join(' · ');
}

/** A step of the rating scale as a line: « 3 (niveau requis) ». */
export function scaleLabel(
  anchor: { rating: number; required: boolean },
  messages: GuideMessages,
): string {
  return anchor.required
    ? `${anchor.rating} (${messages['campaign.guide.scale.required']})`
    : String(anchor.rating);
}

/** The references of the forbidden box, as one line per principle or topic. */
export function referencesLine(
  references: readonly { label: string }[],
  messages: GuideMessages,
  locale: Locale,
): string {
  if (references.length === 0) return '';
  return formatMessage(
    messages['campaign.forbidden.references'],
    {
      references: references
        .map((reference) => reference.label)
        .join(locale === 'fr' ? ' ; ' : '; '),
    },
    locale,
  );
}

/** The groups of the guide in order: savoir-être and savoir-agir, then savoir-faire. */
export function competencyGroups(
  guide: InterviewGuide,
  messages: GuideMessages,
): { kind: 'soft' | 'know-how'; title: string; competencies: GuideCompetency[] }[] {
  const groups = [
    { kind: 'soft' as const, title: messages['campaign.guide.kind.soft'] },
    { kind: 'know-how' as const, title: messages['campaign.guide.kind.knowHow'] },
  ];
  return groups
    .map((group) => ({
      ...group,
      competencies: guide.competencies.filter((competency) => competency.kind === group.kind),
    }))
    .filter((group) => group.competencies.length > 0);
}

function forbiddenBlocks(box: ForbiddenBox, messages: GuideMessages, locale: Locale): PdfBlock[] {
  const quoted = (text: string) => (locale === 'fr' ? `« ${text} »` : `“${text}”`);
  const principles = box.principles.map((principle) =>
    [principle.text, referencesLine(principle.references, messages, locale)]
      .filter(Boolean)
      .join(' '),
  );
  const topics = box.topics.map(
    (topic) => `• ${topic.topic}: ${topic.examples.map(quoted).join(', ')}`,
  );
  const references = [
    ...new Map(
      box.topics.flatMap((topic) => topic.references).map((ref) => [ref.label, ref]),
    ).values(),
  ];
  return [
    { type: 'heading', level: 1, text: messages['campaign.forbidden.title'] },
    {
      type: 'callout',
      tone: 'warning',
      title: messages['campaign.forbidden.intro'],
      text: typesetFor(
        locale,
        [
          ...principles,
          ...topics,
          ...(box.rulesModelled
            ? [referencesLine(references, messages, locale)]
            : [messages['campaign.forbidden.noRules']]),
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    },
  ];
}

function flagBlocks(check: GuideFlagCheck, messages: GuideMessages): PdfBlock[] {
  return [
    { type: 'callout', tone: 'warning', title: flagName(check, messages), text: check.why },
    { type: 'bullets', items: check.probes },
  ];
}

function competencyBlocks(
  competency: GuideCompetency,
  messages: GuideMessages,
  locale: Locale,
): PdfBlock[] {
  const fill = (template: string, params: Record<string, string | number>) =>
    formatMessage(template, params, locale);
  const blocks: PdfBlock[] = [
    { type: 'heading', level: 2, text: competency.label },
    { type: 'paragraph', tone: 'muted', text: competencyFacts(competency, messages, locale) },
  ];
  competency.questions.forEach((question, index) => {
    blocks.push(
      {
        type: 'heading',
        level: 3,
        text: fill(messages['campaign.guide.question'], { n: index + 1 }),
      },
      { type: 'paragraph', text: question.text },
      { type: 'paragraph', tone: 'small', text: messages['campaign.guide.followUps'] },
      { type: 'bullets', items: question.followUps },
    );
  });
  if (competency.gap) {
    blocks.push(
      {
        type: 'callout',
        tone: 'warning',
        title: messages['campaign.guide.gap.title'],
        text: fill(messages['campaign.guide.gap.body'], {
          candidate: competency.gap.candidateLevel,
          required: competency.gap.requiredLevel,
          next: competency.gap.nextDescriptor,
        }),
      },
      { type: 'paragraph', tone: 'small', text: messages['campaign.guide.gap.probes'] },
      { type: 'bullets', items: competency.gap.probes },
    );
  }
  for (const check of competency.flagChecks) blocks.push(...flagBlocks(check, messages));
  blocks.push(
    { type: 'heading', level: 3, text: messages['campaign.guide.scale.title'] },
    {
      type: 'table',
      columns: [
        messages['campaign.guide.scale.rating'],
        messages['campaign.guide.scale.descriptor'],
      ],
      rows: competency.scale.map((anchor) => [scaleLabel(anchor, messages), anchor.descriptor]),
      widths: [0.24, 0.76],
    },
    { type: 'paragraph', tone: 'small', text: messages['campaign.guide.notes'] },
    { type: 'spacer', size: 42 },
  );
  return blocks;
}

/** The guide's PDF model, in the guide's locale. */
export function buildGuideDocument(input: GuideDocumentInput): PdfDocumentModel {
  const { guide, messages } = input;
  const locale = guide.locale;
  const fill = (template: string, params: Record<string, string | number>) =>
    formatMessage(template, params, locale);
  const blocks: PdfBlock[] = [
    { type: 'paragraph', text: messages['campaign.guide.intro'] },
    { type: 'paragraph', tone: 'muted', text: messages['campaign.guide.order'] },
  ];
  if (guide.flagChecks.length > 0) {
    blocks.push(
      { type: 'heading', level: 1, text: messages['campaign.guide.flags.title'] },
      { type: 'heading', level: 3, text: messages['campaign.guide.flags.general'] },
    );
    for (const check of guide.flagChecks) blocks.push(...flagBlocks(check, messages));
  }
  for (const group of competencyGroups(guide, messages)) {
    blocks.push({ type: 'heading', level: 1, text: group.title });
    for (const competency of group.competencies) {
      blocks.push(...competencyBlocks(competency, messages, locale));
    }
  }
  if (guide.notInterviewed.length > 0) {
    blocks.push({
      type: 'paragraph',
      tone: 'small',
      text: fill(messages['campaign.guide.notInterviewed'], {
        skills: guide.notInterviewed.map((id) => input.toolLabels[id] ?? id).join(', '),
      }),
    });
  }
  // The box is one unbreakable block of most of a page: last, so it never leaves page 1 empty.
  blocks.push(...forbiddenBlocks(guide.forbidden, messages, locale));
  const who = input.candidateLabel
    ? fill(messages['campaign.guide.forCandidate'], { label: input.candidateLabel })
    : messages['campaign.guide.forCampaign'];
  return {
    title: typesetFor(locale, fill(messages['campaign.guide.title'], { job: input.job })),
    subtitle: typesetFor(
      locale,
      [
        input.organisation,
        who,
        fill(messages['campaign.guide.pdf.date'], { date: formatDate(input.date, locale) }),
      ].join(' · '),
    ),
    author: messages['campaign.guide.pdf.author'],
    subject: messages['campaign.guide.pdf.subject'],
    language: locale,
    keywords: ['interview guide', 'structured interview', 'community management'],
    footer: messages['campaign.guide.pdf.footer'],
    blocks,
  };
}

/** The guide's file name: `guide-entretien-<job>[-<candidate>].pdf`. */
export function guidePdfFileName(
  messages: Pick<GuideMessages, 'campaign.guide.pdf.fileName'>,
  job: string,
  candidateLabel: string | null,
): string {
  return fileNameOf([messages['campaign.guide.pdf.fileName'], job, candidateLabel ?? ''], 'pdf');
}
