import { fileNameOf } from '../text/index.ts';
import type { JobDescription } from './draft.ts';

/**
 * A download name made of the title's plain letters, without the « (F/H) » mark:
 * `fiche-de-poste-animateur-animatrice-de-communaute.pdf`, or `annonce-….pdf` (`job-ad-…`) for
 * the one-page ad.
 */
export function jobDescriptionFileName(
  jd: Pick<JobDescription, 'title' | 'locale'>,
  extension = 'pdf',
  variant?: 'ad',
): string {
  const prefix =
    variant === 'ad'
      ? jd.locale === 'fr'
        ? 'annonce'
        : 'job-ad'
      : jd.locale === 'fr'
        ? 'fiche-de-poste'
        : 'job-description';
  return fileNameOf([prefix, jd.title], extension);
}
