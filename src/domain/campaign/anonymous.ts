import type { Locale } from '../text/index.ts';

const PREFIX: Readonly<Record<Locale, string>> = { fr: 'Candidat·e', en: 'Candidate' };

/** Letters for an index: 0 → A, 25 → Z, 26 → AA, 27 → AB, like spreadsheet columns. */
export function letterOf(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`bad index ${index}`);
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/**
 * The label of a candidate while names stay hidden: « Candidat·e A », "Candidate A"; the index is
 * the candidate's position in the order they shared (stable, unlike a sort).
 */
export function anonymousLabel(index: number, locale: Locale): string {
  return `${PREFIX[locale]} ${letterOf(index)}`;
}
