import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, type LocalizedText } from './common.ts';
import type { ContentProblem } from './integrity.ts';
import type { Skill } from './skill.ts';

/**
 * A behavioural interview question: a past situation the candidate tells ("tell me about a time…"),
 * with follow-up probes that walk through the STAR steps (situation, task, action, result).
 */
export const InterviewQuestionSchema = z.object({
  /** Stable id, unique in the bank, e.g. `empathy-q1`; a campaign may pin questions by id. */
  id: IdSchema,
  /** The question, asked the same way to every candidate. */
  text: LocalizedTextSchema,
  /** STAR follow-ups: what was at stake, what the candidate did themself, what came of it. */
  followUps: z.array(LocalizedTextSchema).min(1),
});
export type InterviewQuestion = z.output<typeof InterviewQuestionSchema>;

/** Soft skills need at least this many questions, know-how at least this many (issue 17). */
export const MIN_QUESTIONS: Readonly<Record<'soft' | 'know-how', number>> = {
  soft: 4,
  'know-how': 2,
};

/** The interview question bank of one soft skill or know-how: `content/interview/<skill>.yaml`. */
export const InterviewBankSchema = z
  .object({
    /** Id of the catalogue skill the bank is for; also the file name. */
    skill: IdSchema,
    /** Behavioural questions, in the order a guide offers them (the first two by default). */
    questions: z.array(InterviewQuestionSchema).min(2),
    /**
     * Probes for a candidate whose result sits below the required level: they look for what the
     * next level up does, so the interviewer checks the gap instead of assuming it.
     */
    gapProbes: z.array(LocalizedTextSchema).min(1),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `duplicate question id "${question.id}"`,
        });
      }
      seen.add(question.id);
    });
  });
export type InterviewBank = z.output<typeof InterviewBankSchema>;
export type InterviewBankInput = z.input<typeof InterviewBankSchema>;

/**
 * Kinds of caution about a candidate's self-assessment that an interviewer should check:
 * `inconsistent` (answers that contradict each other), `too-good` (an implausibly flattering
 * profile: every statement fully endorsed), `careless` (answers too fast or all identical).
 */
export const ResponseFlagKindSchema = z.enum(['inconsistent', 'too-good', 'careless']);
export type ResponseFlagKind = z.output<typeof ResponseFlagKindSchema>;

/** Where a rule comes from: the text, the article, and for Québec or France which jurisdiction. */
export const LegalReferenceSchema = z.object({
  /** `fr` (France) or `qc` (Québec). */
  jurisdiction: z.enum(['fr', 'qc']),
  /** The text, e.g. « Code du travail » or « Charte des droits et libertés de la personne ». */
  law: z.string().min(2),
  /** The article, e.g. `L1132-1`, `18.1`. */
  article: z.string().min(1),
  /** The year of the version the team read or relied on. */
  year: z.number().int().min(1970).max(2100),
  /** Public address of the text, when there is one. */
  url: z.url().optional(),
});
export type LegalReference = z.output<typeof LegalReferenceSchema>;

/** One topic an interviewer must never raise, with examples of questions not to ask. */
export const ForbiddenTopicSchema = z.object({
  /** Stable id, e.g. `pregnancy`. */
  id: IdSchema,
  /** The topic, e.g. « Grossesse et projet d’enfant ». */
  topic: LocalizedTextSchema,
  /** Examples of questions never to ask on this topic. */
  examples: z.array(LocalizedTextSchema).min(1),
  /** Texts that forbid it; a topic without a reference for a jurisdiction is not shown there. */
  references: z.array(LegalReferenceSchema).min(1),
});
export type ForbiddenTopic = z.output<typeof ForbiddenTopicSchema>;

/** `content/campaign/forbidden-questions.yaml`: the box of questions never to ask. */
export const ForbiddenQuestionsFileSchema = z.object({
  type: z.literal('forbidden-questions'),
  /** The general rule per jurisdiction (questions must be directly linked to the job). */
  principles: z
    .array(
      z.object({ text: LocalizedTextSchema, references: z.array(LegalReferenceSchema).min(1) }),
    )
    .min(1),
  topics: z.array(ForbiddenTopicSchema).min(1),
});
export type ForbiddenQuestionsFile = z.output<typeof ForbiddenQuestionsFileSchema>;

/** `content/campaign/flag-probes.yaml`: probes for each kind of response-quality caution. */
export const FlagProbesFileSchema = z.object({
  type: z.literal('flag-probes'),
  probes: z
    .array(
      z.object({
        flag: ResponseFlagKindSchema,
        /** Why the interviewer should check: what the caution means and does not mean. */
        why: LocalizedTextSchema,
        probes: z.array(LocalizedTextSchema).min(1),
      }),
    )
    .min(1),
});
export type FlagProbesFile = z.output<typeof FlagProbesFileSchema>;

/** A retention period for candidates' data, with its source (CNIL recruitment guide). */
export const RetentionRuleSchema = z.object({
  /** Months proposed when the recruiter changes nothing. */
  defaultMonths: z.number().int().min(1),
  /** Months the recruiter may not exceed. */
  maxMonths: z.number().int().min(1),
  /** What the period counts from, in words. */
  from: LocalizedTextSchema,
  source: z.object({
    name: z.string().min(2),
    year: z.number().int().min(2000).max(2100),
    url: z.url().optional(),
  }),
});
export type RetentionRule = z.output<typeof RetentionRuleSchema>;

/** `content/campaign/retention.yaml`: how long data of candidates not hired may be kept. */
export const RetentionFileSchema = z
  .object({
    type: z.literal('retention'),
    /** Candidates not hired (rejected, or never decided when the campaign ends). */
    notHired: RetentionRuleSchema,
    /** Candidates kept in the talent pool with their consent, counted from the last contact. */
    talentPool: RetentionRuleSchema,
  })
  .superRefine((file, ctx) => {
    for (const key of ['notHired', 'talentPool'] as const) {
      if (file[key].defaultMonths > file[key].maxMonths) {
        ctx.addIssue({
          code: 'custom',
          path: [key, 'defaultMonths'],
          message: 'the default may not exceed the maximum',
        });
      }
    }
  });
export type RetentionFile = z.output<typeof RetentionFileSchema>;

/** One file of `content/campaign/`, told apart by its `type`. */
export const CampaignContentFileSchema = z.discriminatedUnion('type', [
  ForbiddenQuestionsFileSchema,
  FlagProbesFileSchema,
  RetentionFileSchema,
]);
export type CampaignContentFile = z.output<typeof CampaignContentFileSchema>;

/** A bank as read from disk: its file name (without extension) and its data. */
export interface InterviewBankEntry {
  fileId: string;
  data: InterviewBank;
}

/**
 * Problems of the interview question banks against the skill catalogue: every soft skill and
 * know-how has a bank named after it, with at least `MIN_QUESTIONS` questions for its kind; no bank
 * for a tool or an unknown skill; no question id shared between banks; and no text left untranslated
 * (the French and English wording of a question, follow-up or probe may not be identical).
 */
export function checkInterviewBanks(
  skills: readonly Pick<Skill, 'id' | 'kind'>[],
  entries: readonly InterviewBankEntry[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = (fileId: string) => `content/interview/${fileId}.yaml`;
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  const banks = new Map(entries.map((entry) => [entry.data.skill, entry]));
  for (const skill of skills) {
    if (skill.kind === 'tool') continue;
    const entry = banks.get(skill.id);
    if (!entry) {
      problems.push({
        file: file(skill.id),
        field: '',
        message: `the ${skill.kind} skill "${skill.id}" has no interview question bank`,
      });
      continue;
    }
    const minimum = MIN_QUESTIONS[skill.kind];
    if (entry.data.questions.length < minimum) {
      problems.push({
        file: file(entry.fileId),
        field: 'questions',
        message: `a ${skill.kind} skill needs at least ${minimum} questions (has ${entry.data.questions.length})`,
      });
    }
  }
  const questionIds = new Map<string, string>();
  for (const { fileId, data } of entries) {
    if (fileId !== data.skill) {
      problems.push({
        file: file(fileId),
        field: 'skill',
        message: `the file name should be the skill id "${data.skill}"`,
      });
    }
    const skill = byId.get(data.skill);
    if (!skill) {
      problems.push({
        file: file(fileId),
        field: 'skill',
        message: `unknown skill "${data.skill}"`,
      });
    } else if (skill.kind === 'tool') {
      problems.push({
        file: file(fileId),
        field: 'skill',
        message: 'tools are checked by the assessment, not by interview questions',
      });
    }
    const texts: { field: string; text: LocalizedText }[] = [
      ...data.questions.flatMap((question, index) => [
        { field: `questions.${index}.text`, text: question.text },
        ...question.followUps.map((text, f) => ({
          field: `questions.${index}.followUps.${f}`,
          text,
        })),
      ]),
      ...data.gapProbes.map((text, index) => ({ field: `gapProbes.${index}`, text })),
    ];
    for (const { field, text } of texts) {
      if (text.fr === text.en) {
        problems.push({ file: file(fileId), field, message: 'French and English are identical' });
      }
    }
    data.questions.forEach((question, index) => {
      const other = questionIds.get(question.id);
      if (other) {
        problems.push({
          file: file(fileId),
          field: `questions.${index}.id`,
          message: `question id "${question.id}" is also used in content/interview/${other}.yaml`,
        });
      }
      questionIds.set(question.id, fileId);
    });
  }
  return problems;
}
