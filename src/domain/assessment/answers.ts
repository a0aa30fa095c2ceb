import { z } from 'zod';
import { IdSchema } from '../content/common.ts';
import { ANSWER_FORMATS } from './questionnaire.ts';
import type { ItemType, Questionnaire, QuestionnaireItem } from './questionnaire.ts';
import { LocaleSchema } from '../text/locale-schema.ts';
import { hasNoContactDetails } from '../text/contact-details.ts';

/** The locales a result can be written in. */
export const AssessmentLocaleSchema = LocaleSchema;

/** One stored answer: a number for statements, checks, practice ratings and tools; an option id for scenarios. */
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
  /**
   * Sector the person works in or aims for, free text. Nothing that could reach or identify the
   * person is stored (issue 16): an e-mail address or a phone number is refused.
   */
  sector: z
    .string()
    .trim()
    .max(80)
    .refine(hasNoContactDetails, {
      error:
        'remove the e-mail address or phone number: results are stored without contact details',
    })
    .optional(),
  /** The role template the person aims for; its fit is shown first. */
  targetRole: IdSchema.optional(),
});
export type AssessmentContext = z.output<typeof AssessmentContextSchema>;

const missingOr = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'missing answer' : message;

/** An integer answer between `min` and `max`, with one message for every way of missing it. */
const integerAnswer = (min: number, max: number, message: string) =>
  z
    .number({ error: missingOr(message) })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });

const AGREEMENT = 'expected an integer from 1 to 5';

/** The schema of one item's answer, by item type (the formats of `ANSWER_FORMATS`). */
const ANSWER_SCHEMAS: Record<ItemType, () => z.ZodType<AnswerValue, AnswerValue>> = {
  statement: () => integerAnswer(1, 5, AGREEMENT),
  check: () => integerAnswer(1, 5, AGREEMENT),
  scenario: () =>
    z.enum(ANSWER_FORMATS.scenario.values, { error: missingOr('expected one of a, b, c, d') }),
  practice: () => integerAnswer(0, 4, 'expected an integer from 0 (never done) to 4'),
  tool: () => integerAnswer(0, 4, 'expected an integer from 0 (never used) to 4'),
};

/** The answer schema of one item. */
export function answerSchemaFor(
  item: Pick<QuestionnaireItem, 'type'>,
): z.ZodType<AnswerValue, AnswerValue> {
  return ANSWER_SCHEMAS[item.type]();
}

/**
 * A submission as it crosses every boundary (wizard, API, store), before it is checked against
 * one questionnaire: `createSubmissionSchema` narrows `answers` to that questionnaire's items.
 */
export const SubmissionSchema = z.object({
  /** The questionnaire version the answers were given to (from the questionnaire API). */
  version: z.string().min(1).max(40),
  /** Locale the person answered in; the result and PDF use it. */
  locale: AssessmentLocaleSchema,
  /** Raw answers keyed by item id. */
  answers: z.record(z.string().max(80), AnswerValueSchema),
  /** Optional context; never changes a score. */
  context: AssessmentContextSchema.default({}),
  /** Seconds spent answering, measured by the wizard; judged against the items' reading length. */
  elapsedSeconds: z.number().int().min(0).max(604_800).optional(),
  /**
   * Seed of the person's item and option order, so a reload shows the same order and the
   * straight-lining check reads the answers in the order they were seen.
   */
  seed: z.number().int().min(0).max(4_294_967_295).optional(),
});
/** A valid answer set, as scored. */
export type AssessmentSubmission = z.output<typeof SubmissionSchema>;
/** A submission as a client sends it (context may be left out). */
export type AssessmentSubmissionInput = z.input<typeof SubmissionSchema>;

/** What saving adds to a submission: consent, and what the person chose to keep with it. */
export const SaveFieldsSchema = z.object({
  /** Must be `true`: nothing is stored without the person's explicit consent. */
  consent: z.literal(true, { error: 'saving needs explicit consent: send "consent": true' }),
  /** A name to print on the report; stored only because the person saves with consent. */
  name: z.string().trim().max(80).optional(),
  /** Whether this result may count, anonymously, in the comparison with other saved results. */
  norms: z.boolean().default(false),
});

/**
 * Version of the consent text (`assessment.save.consent` in both locales). Change it whenever that
 * text changes; a unit test pins the text to the version so the two cannot drift.
 */
export const CONSENT_VERSION = '2026-11-30';

/** The consent stored with a saved result: its time and the version of the text agreed to. */
export const ConsentRecordSchema = z.object({
  /** ISO 8601 time the result was saved with consent. */
  at: z.iso.datetime({ offset: true }),
  /** `CONSENT_VERSION` at that time. */
  version: z.string().min(1).max(40),
});
export type ConsentRecord = z.output<typeof ConsentRecordSchema>;

/**
 * What is stored for a saved assessment: the raw answers and their version, never the scores
 * (they are derived on read, so a scoring fix applies to old results too).
 */
export const StoredAssessmentSchema = SubmissionSchema.extend({
  name: SaveFieldsSchema.shape.name,
  norms: SaveFieldsSchema.shape.norms,
  /** When the person consented to saving, and to which version of the consent text. */
  consent: ConsentRecordSchema.optional(),
});
export type StoredAssessment = z.output<typeof StoredAssessmentSchema>;

/**
 * The schema of a complete answer set for one questionnaire: the version must be the current one,
 * every item must be answered in its format, and no unknown item may appear. Issues point at
 * `answers.<itemId>`. Used by the score and save endpoints and by the wizard before scoring.
 */
export function createSubmissionSchema(questionnaire: Questionnaire) {
  return cached(submissionSchemas, questionnaire, buildSubmissionSchema);
}

/** The body of `POST /api/assessments`: a submission plus consent, name and norms choice. */
export function createSaveRequestSchema(questionnaire: Questionnaire) {
  return cached(saveRequestSchemas, questionnaire, (q) =>
    createSubmissionSchema(q).and(SaveFieldsSchema),
  );
}

/**
 * Schemas built once per questionnaire: zod compiles an object schema on its first parse, and
 * building one with a hundred items on every request cost more than scoring the answers.
 */
const submissionSchemas = new WeakMap<Questionnaire, ReturnType<typeof buildSubmissionSchema>>();
const saveRequestSchemas = new WeakMap<
  Questionnaire,
  z.ZodIntersection<ReturnType<typeof buildSubmissionSchema>, typeof SaveFieldsSchema>
>();

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
  return SubmissionSchema.extend({ answers: z.strictObject(answerShape) }).superRefine(
    (submission, ctx) => {
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
    },
  );
}
