import { fileNameOf } from '../text/index.ts';
import type { JobDescription } from './draft.ts';

/**
 * A download name made of the title's plain letters, without the « (F/H) » mark:
 * `fiche-de-poste-animateur-animatrice-de-communaute.pdf`.
 */
export function jobDescriptionFileName(
  jd: Pick<JobDescription, 'title' | 'locale'>,
  extension = 'pdf',
): string {
  const prefix = jd.locale === 'fr' ? 'fiche-de-poste' : 'job-description';
  return fileNameOf([prefix, jd.title], extension);
}
