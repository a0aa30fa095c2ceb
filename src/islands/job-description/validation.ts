import '../zod-jitless.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  JobDescriptionDraftSchema,
  JobDescriptionSchema,
} from '../../domain/job-description/draft.ts';

/**
 * Everything of the builder that needs zod: the form's resolver (the domain's one draft schema)
 * and the parsing of the API's answers. Loaded right after the island starts (see
 * `load-validation.ts`) so that zod stays out of the page's first JavaScript.
 */

export { JobDescriptionDraftSchema };

/** The form's resolver: the same schema the API and the tests use. */
export const draftResolver = zodResolver(JobDescriptionDraftSchema);

/** What the API answers about a saved job description (the parts the island uses). */
export const SavedAnswerSchema = z.object({
  id: z.string(),
  editToken: z.string().optional(),
  jobDescription: JobDescriptionSchema,
  links: z.object({ page: z.string(), pdf: z.string() }),
});
export type SavedAnswer = z.output<typeof SavedAnswerSchema>;

/** The API's error answers. */
export const ErrorAnswerSchema = z.object({ error: z.string() });
