import type { LocalizedText } from '../content/common.ts';

/** Building blocks of the lexicon's patterns. */

/** Optional French feminine ending: « é », « ée », « é·e », « é(e) », « é.e ». */
export const FEM = '(?:e|[·.(/-]e\\)?)?';
/** An age that reads as a person's age (16 to 69). */
export const AGE = '(?:1[6-9]|[2-6][0-9])';

/** The fix for criteria that have no acceptable rewording. */
export const removeIt: LocalizedText = {
  fr: 'Supprimez ce critère : décrivez le travail et les compétences attendues.',
  en: 'Remove this criterion: describe the work and the skills it needs.',
};
