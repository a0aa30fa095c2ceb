import type { LocalizedText } from '../content/common.ts';
import { EN_LEXICON } from './lexicon-en.ts';
import { FR_LEXICON } from './lexicon-fr.ts';
import type { Locale } from '../text/index.ts';

/**
 * Words and phrases that refer to a ground of discrimination, which a job ad may not mention
 * (Code du travail L5321-2 referring to L1132-1; Québec Charter art. 10, 16 and 18.1).
 * Patterns are written for folded text (lower case, no accents, straight apostrophes; see
 * `normalize-text.ts`) and only match whole words.
 *
 * Decisions, kept deliberately narrow to avoid false alarms:
 * - « junior », « senior », « débutant » describe experience, not age: never flagged.
 * - « jeune » alone is a warning (it may describe the company or an audience: « jeune
 *   entreprise », « public jeune » are left alone); « jeune et dynamique » is an error.
 * - « jeune diplômé·e » is a warning: widely used, but it screens by age in practice; suggest
 *   « débutant·e accepté·e » or « première expérience bienvenue ».
 * - The company's name is never scanned (« Jeunesse & Sport », "Young & Co").
 * - A sentence that states openness (« quel que soit votre âge », « sans distinction », "regardless
 *   of") is not flagged: listing the grounds to exclude them is good practice.
 * - Nationality is flagged even though a few public-service posts may require it by law; the fix
 *   says so.
 */

/** Grounds of L1132-1 (and the Québec Charter's art. 10) the lexicon covers. */
export type Ground =
  | 'age'
  | 'sex'
  | 'family'
  | 'pregnancy'
  | 'health'
  | 'disability'
  | 'nationality'
  | 'origin'
  | 'language'
  | 'appearance'
  | 'religion'
  | 'opinions'
  | 'union'
  | 'orientation'
  | 'residence';

/** The name of each ground, for messages. */
export const GROUND_LABELS: Record<Ground, LocalizedText> = {
  age: { fr: 'l’âge', en: 'age' },
  sex: { fr: 'le sexe', en: 'sex' },
  family: { fr: 'la situation de famille', en: 'family situation' },
  pregnancy: { fr: 'la grossesse', en: 'pregnancy' },
  health: { fr: 'l’état de santé', en: 'health' },
  disability: { fr: 'le handicap', en: 'disability' },
  nationality: { fr: 'la nationalité', en: 'nationality' },
  origin: { fr: 'l’origine', en: 'origin' },
  language: {
    fr: 'la langue maternelle (origine)',
    en: 'mother tongue (origin)',
  },
  appearance: { fr: 'l’apparence physique', en: 'physical appearance' },
  religion: { fr: 'les convictions religieuses', en: 'religious beliefs' },
  opinions: {
    fr: 'les opinions politiques ou l’activité syndicale',
    en: 'political opinions or trade-union activity',
  },
  union: { fr: 'l’activité syndicale', en: 'trade-union activity' },
  orientation: {
    fr: 'l’orientation sexuelle ou l’identité de genre',
    en: 'sexual orientation or gender identity',
  },
  residence: { fr: 'le lieu de résidence', en: 'place of residence' },
};

/** One entry of the lexicon. */
export interface LexiconEntry {
  /** Stable id, used in finding ids and tests. */
  id: string;
  ground: Ground;
  /** The language the phrase belongs to (every text is scanned with both lists). */
  language: Locale;
  /** Regular-expression source for folded text; word boundaries are added around it. */
  pattern: string;
  severity: 'error' | 'warning';
  /** What to write instead. */
  alternative: LocalizedText;
  /** A phrase that must trigger this entry (checked by the tests). */
  example: string;
}

/**
 * The lexicon, most specific entries first: once an entry matches, the same words are not
 * matched again by a more general one.
 */
export const DISCRIMINATION_LEXICON: readonly LexiconEntry[] = [...FR_LEXICON, ...EN_LEXICON];

/**
 * Phrases that make a sentence a statement of openness (« quel que soit votre âge », "regardless
 * of"); matches in such a sentence are not findings.
 */
export const OPENNESS_PATTERN =
  /quel(?:le)?s? que soi(?:t|ent)|sans distinction|independamment|sans consideration|ouvert a (?:toutes et tous|tous et toutes|tous|toutes)|egalite des chances|regardless of|irrespective of|open to (?:all|everyone)|equal opportunit/u;
