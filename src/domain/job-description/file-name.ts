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
  const slug = jd.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\((?:[fhm]\s*\/\s*[fhmx])\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  const prefix =
    variant === 'ad'
      ? jd.locale === 'fr'
        ? 'annonce'
        : 'job-ad'
      : jd.locale === 'fr'
        ? 'fiche-de-poste'
        : 'job-description';
  return `${prefix}-${slug || 'document'}.${extension}`;
}
