import { z } from 'zod';
import { IdSchema } from '../content/common.ts';
import type { AssessmentContext, Answers, AnswerValue } from './answers.ts';
import { ANSWER_FORMATS } from './questionnaire.ts';
import type { QuestionnaireItem } from './questionnaire.ts';
import { hasNoContactDetails } from '../text/contact-details.ts';

/** Radio buttons give strings: the values each item type accepts, as the form holds them. */
function formValues(item: QuestionnaireItem): [string, ...string[]] {
  const [first, ...rest] = ANSWER_FORMATS[item.type].values.map(String);
  return [first ?? '', ...rest];
}

/** Form values of a wizard step: one radio value per item id, empty until answered. */
export type StepValues = Record<string, string | undefined>;

/**
 * The schema of one wizard step: every item of the step answered with one of its format's values
 * (the same formats as `createSubmissionSchema`). The wizard's resolver uses it.
 */
export function createStepSchema(items: readonly QuestionnaireItem[]) {
  return z.object(
    Object.fromEntries(
      items.map((item) => [item.id, z.enum(formValues(item), { error: 'missing answer' })]),
    ),
  );
}

/** Turns form strings into answers: numbers for statements and tools, option ids for scenarios. */
export function answersFromForm(items: readonly QuestionnaireItem[], values: StepValues): Answers {
  const answers: Answers = {};
  for (const item of items) {
    const raw = values[item.id];
    if (raw === undefined || raw === '') continue;
    const value: AnswerValue | undefined =
      item.type === 'scenario'
        ? z.enum(['a', 'b', 'c', 'd']).safeParse(raw).data
        : Number.isInteger(Number(raw))
          ? Number(raw)
          : undefined;
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}

/** The optional-context step as the form holds it: text inputs and a select. */
export const ContextFormSchema = z.object({
  /** Whole years, 0–60, or empty. */
  yearsOfExperience: z
    .string()
    .trim()
    .regex(/^(?:[0-9]|[1-5][0-9]|60)?$/, { error: 'years' }),
  /** Free text, at most 80 characters. */
  sector: z
    .string()
    .trim()
    .max(80, { error: 'sector' })
    .refine(hasNoContactDetails, { error: 'contact' }),
  /** A role id, or empty for none. */
  targetRole: z.union([z.literal(''), IdSchema]),
});
export type ContextForm = z.output<typeof ContextFormSchema>;

/** The context a submission carries, from the form (empty fields are left out). */
export function contextFromForm(form: ContextForm): AssessmentContext {
  const context: AssessmentContext = {};
  if (form.yearsOfExperience !== '') context.yearsOfExperience = Number(form.yearsOfExperience);
  if (form.sector !== '') context.sector = form.sector;
  if (form.targetRole !== '') context.targetRole = form.targetRole;
  return context;
}

/** The "save my result" form: saving needs the box ticked (explicit consent). */
export const SaveConsentFormSchema = z.object({
  /** True only when the person ticked the consent box. */
  consent: z.boolean().refine((value) => value, { error: 'consent' }),
});
export type SaveConsentForm = z.output<typeof SaveConsentFormSchema>;
