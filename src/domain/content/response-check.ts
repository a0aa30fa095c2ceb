import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common.ts';

/**
 * What a response check is for. `attention`: an instructed item ("choose Disagree here") that an
 * attentive reader answers as told. `impression`: a statement almost no one can honestly fully
 * endorse (Paulhus's impression-management idea), so "strongly agree" hints at a polished image.
 */
export const ResponseCheckPurposeSchema = z.enum(['attention', 'impression']);
export type ResponseCheckPurpose = z.output<typeof ResponseCheckPurposeSchema>;

/** A statement mixed among the soft-skill statements that measures the answers, not a skill. */
export const ResponseCheckSchema = z
  .object({
    /** Stable id; also the file name. */
    id: IdSchema,
    purpose: ResponseCheckPurposeSchema,
    /** The statement, in both locales, answered on the same 1–5 agreement scale. */
    text: LocalizedTextSchema,
    /** Attention items only: the answer (1–5) the text asks for; never 3, the midpoint. */
    expected: z.number().int().min(1).max(5).optional(),
  })
  .superRefine((check, ctx) => {
    if (check.purpose === 'attention' && (check.expected === undefined || check.expected === 3)) {
      ctx.addIssue({
        code: 'custom',
        path: ['expected'],
        message: 'an attention item asks for one answer other than the midpoint (1, 2, 4 or 5)',
      });
    }
    if (check.purpose === 'impression' && check.expected !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['expected'],
        message: 'an impression item has no expected answer',
      });
    }
  });
export type ResponseCheck = z.output<typeof ResponseCheckSchema>;
