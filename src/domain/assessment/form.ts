import { z } from 'zod';
import { answerSchemaFor, AssessmentContextSchema, SaveFieldsSchema } from './answers.ts';
import type { AssessmentContext, Answers } from './answers.ts';
import { ANSWER_FORMATS } from './questionnaire.ts';
import type { QuestionnaireItem } from './questionnaire.ts';
import { hasNoContactDetails } from '../text/contact-details.ts';

/**
 * One item as a form field: radio buttons hold strings, so the field accepts one of the format's
 * values as a string and hands the API's answer schema (`answerSchemaFor`) a number or an option
 * id. The form and the API thus accept exactly the same answers.
 */
export function formFieldSchema(item: Pick<QuestionnaireItem, 'type'>) {
  const [first = '', ...rest] = ANSWER_FORMATS[item.type].values.map(String);
  return z
    .enum([first, ...rest], { error: 'missing answer' })
    .transform((value) => (item.type === 'scenario' ? value : Number(value)))
    .pipe(answerSchemaFor(item));
}

/** The schema of one wizard step: every item of the step answered in its format. */
export function createStepSchema(items: readonly QuestionnaireItem[]) {
  return z.object(Object.fromEntries(items.map((item) => [item.id, formFieldSchema(item)])));
}

/** Form values of a wizard step, as the radio buttons hold them (empty until answered). */
export type StepValues = Partial<z.input<ReturnType<typeof createStepSchema>>>;

/** Turns form strings into answers with each item's field schema; unanswered items are left out. */
export function answersFromForm(items: readonly QuestionnaireItem[], values: StepValues): Answers {
  const answers: Answers = {};
  for (const item of items) {
    const parsed = formFieldSchema(item).safeParse(values[item.id]);
    if (parsed.success) answers[item.id] = parsed.data;
  }
  return answers;
}

const emptyToUndefined = (value: string) => (value === '' ? undefined : value);
const shape = AssessmentContextSchema.shape;

/**
 * The optional-context step: the API's context schema (`AssessmentContextSchema`) read from text
 * inputs and a select. Input: strings (empty for "not given"); output: the API's context.
 */
export const ContextFormSchema = z.object({
  /** Whole years, 0–60, or empty. */
  yearsOfExperience: z
    .string()
    .trim()
    .regex(/^\d*$/, { error: 'years' })
    .transform((value) => (value === '' ? undefined : Number(value)))
    .pipe(shape.yearsOfExperience.unwrap().optional()),
  /** Free text, at most 80 characters, or empty. */
  sector: z
    .string()
    .trim()
    .refine(hasNoContactDetails, { error: 'contact' })
    .transform(emptyToUndefined)
    .pipe(shape.sector),
  /** A role id, or empty for none. */
  targetRole: z.string().transform(emptyToUndefined).pipe(shape.targetRole),
});
/** The context step as the form holds it. */
export type ContextFormInput = z.input<typeof ContextFormSchema>;

/** The context a submission carries, from the form's strings (what does not parse is left out). */
export function contextFromForm(form: ContextFormInput): AssessmentContext {
  const parsed = ContextFormSchema.safeParse(form);
  if (!parsed.success) return {};
  return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
}

/**
 * The "save my result" form: the API's consent and norms fields from checkboxes, plus whether to
 * keep the name typed for the PDF (sent only when this box is ticked).
 */
export const SaveFormSchema = z.object({
  /** Must be ticked: the API's `consent: true`. */
  consent: z.boolean().pipe(SaveFieldsSchema.shape.consent),
  /** Keep the name typed for the PDF with the saved result. */
  keepName: z.boolean(),
  /** The API's `norms`: count this result, anonymously, in the comparison. */
  norms: SaveFieldsSchema.shape.norms,
});
export type SaveFormInput = z.input<typeof SaveFormSchema>;
export type SaveFormOutput = z.output<typeof SaveFormSchema>;
