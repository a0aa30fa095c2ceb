import { withoutGenderMark } from './gender-mark.ts';

/**
 * A download file name from words: plain lower-case ASCII letters and digits joined by hyphens,
 * accents dropped and the « (F/H) » mark left out, at most 60 characters per part:
 * `fileNameOf(['fiche-de-poste', 'Animateur (F/H) de communauté'], 'pdf')` →
 * `fiche-de-poste-animateur-de-communaute.pdf`. Empty parts are skipped; with none left the name
 * is `document`.
 */
export function fileNameOf(parts: readonly string[], extension: string): string {
  const slug = parts.map(slugOf).filter(Boolean).join('-');
  return `${slug || 'document'}.${extension}`;
}

/** One part of a file name: see {@link fileNameOf}. */
export function slugOf(text: string): string {
  return withoutGenderMark(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}
