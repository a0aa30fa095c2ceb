import { z } from 'zod';
import { LOCALES } from './locale.ts';

/**
 * The schema of a locale field (content files, request bodies, stored records). Kept apart from
 * `locale.ts` and out of the module's index so that an island using the text module does not pull
 * zod into its first download (the job-description builder loads its validation on demand).
 */
export const LocaleSchema = z.enum(LOCALES);
