import { z } from 'zod';
import { IdSchema } from '../content/common.ts';
import { ANSWER_FORMATS } from './questionnaire.ts';
import type { ItemType, Questionnaire, QuestionnaireItem } from './questionnaire.ts';
import { LocaleSchema } from '../text/locale-schema.ts';

/** The locales a result can be written in. */
export const AssessmentLocaleSchema = LocaleSchema;

/** One stored answer: a number for statements and tools, an option id for scenarios. */
export const AnswerValueSchema = z.union([
  z.number().int().min(0).max(5),
  z.enum(['a', 'b', 'c', 'd']),
]);
export type AnswerValue = z.output<typeof AnswerValueSchema>;

/** Raw answers keyed by item id. */
export type Answers = Record<string, AnswerValue>;

/** Optional context the person may give; it never changes a score. */
export const AssessmentContextSchema = z.object({
  /** Years of experience in community or social-media work. */
  yearsOfExperience: z.number().int().min(0).max(60).optional(),
  /** Sector the person works in or aims for, free text. */
  sector: z.string().trim().max(80).optional(),
  /** The role template the person aims for; its fit is shown first. */
  targetRole: IdSchema.optional(),
});
export type AssessmentContext = z.output<typeof AssessmentContextSchema>;

const missingOr = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'missing answer' : message;

/** The schema of one item's answer, by item type (the formats of `ANSWER_FORMATS`). */
const ANSWER_SCHEMAS: Record<ItemType, () => z.ZodType<AnswerValue>> = {
  statement: () =>
    z
      .number({ error: missingOr('expected an integer from 1 to 5') })
      .int({ error: 'expected an integer from 1 to 5' })
      .min(1, { error: 'expected an integer from 1 to 5' })
      .max(5, { error: 'expected an integer from 1 to 5' }),
  scenario: () =>
    z.enum(ANSWER_FORMATS.scenario.values, { error: missingOr('expected one of a, b, c, d') }),
  tool: () =>
    z
      .number({ error: missingOr('expected an integer from 0 (never used) to 4') })
      .int({ error: 'expected an integer from 0 (never used) to 4' })
      .min(0, { error: 'expected an integer from 0 (never used) to 4' })
      .max(4, { error: 'expected an integer from 0 (never used) to 4' }),
};

/** The answer schema of one item. */
export function answerSchemaFor(item: QuestionnaireItem): z.ZodType<AnswerValue> {
  return ANSWER_SCHEMAS[item.type]();
}

/** The fields of a submission other than the answers, shared by every request and stored record. */
const submissionFields = {
  /** Locale the person answered in; the result and PDF use it. */
  locale: AssessmentLocaleSchema,
  /** Optional context; never changes a score. */
  context: AssessmentContextSchema.default({}),
  /** Seconds spent answering, measured by the wizard; used only for the "too fast" caution. */
  elapsedSeconds: z.number().int().min(0).max(604_800).optional(),
  /** Seed of the statement order, so a reload shows the same order. */
  seed: z.number().int().min(0).max(4_294_967_295).optional(),
};

/**
 * The schema of a complete answer set for one questionnaire: the version must be the current one,
 * every item must be answered in its format, and no unknown item may appear. Issues point at
 * `answers.<itemId>`. Used by the score and save endpoints and by the wizard before scoring.
 */
export function createSubmissionSchema(questionnaire: Questionnaire) {
  return cached(submissionSchemas, questionnaire, buildSubmissionSchema);
}

/**
 * Schemas built once per questionnaire: zod compiles an object schema on its first parse, and
 * building one with a hundred items on every request cost more than scoring the answers.
 */
const submissionSchemas = new WeakMap<Questionnaire, ReturnType<typeof buildSubmissionSchema>>();
const saveRequestSchemas = new WeakMap<Questionnaire, ReturnType<typeof buildSaveRequestSchema>>();

function cached<S>(
  cache: WeakMap<Questionnaire, S>,
  questionnaire: Questionnaire,
  build: (q: Questionnaire) => S,
): S {
  let schema = cache.get(questionnaire);
  if (!schema) cache.set(questionnaire, (schema = build(questionnaire)));
  return schema;
}

function buildSubmissionSchema(questionnaire: Questionnaire) {
  const answerShape = Object.fromEntries(
    questionnaire.items.map((item) => [item.id, answerSchemaFor(item)]),
  );
  return z
    .object({
      /** The questionnaire version the answers were given to (from the questionnaire API). */
      version: z.string().min(1).max(40),
      answers: z.strictObject(answerShape),
      ...submissionFields,
    })
    .superRefine((submission, ctx) => {
      if (submission.version !== questionnaire.version) {
        ctx.addIssue({
          code: 'custom',
          path: ['version'],
          message: `the questionnaire is now version ${questionnaire.version}; fetch it again`,
        });
      }
      const target = submission.context.targetRole;
      if (target !== undefined && !questionnaire.roleIds.includes(target)) {
        ctx.addIssue({
          code: 'custom',
          path: ['context', 'targetRole'],
          message: `unknown role; one of ${questionnaire.roleIds.join(', ')}`,
        });
      }
    });
}

/** A valid answer set, as scored and stored. */
export interface AssessmentSubmission {
  version: string;
  locale: z.output<typeof AssessmentLocaleSchema>;
  answers: Answers;
  context: AssessmentContext;
  elapsedSeconds?: number | undefined;
  seed?: number | undefined;
}

/**
 * What is stored for a saved assessment: the raw answers and their version, never the scores
 * (they are derived on read, so a scoring fix applies to old results too).
 */
export const StoredAssessmentSchema = z.object({
  version: z.string(),
  answers: z.record(z.string(), AnswerValueSchema),
  ...submissionFields,
});
export type StoredAssessment = z.output<typeof StoredAssessmentSchema>;

/** The body of `POST /api/assessments`: a submission plus the person's explicit consent. */
export function createSaveRequestSchema(questionnaire: Questionnaire) {
  return cached(saveRequestSchemas, questionnaire, buildSaveRequestSchema);
}

function buildSaveRequestSchema(questionnaire: Questionnaire) {
  return createSubmissionSchema(questionnaire).and(
    z.object({
      /** Must be `true`: nothing is stored without the person's explicit consent. */
      consent: z.literal(true, { error: 'saving needs explicit consent: send "consent": true' }),
    }),
  );
}
