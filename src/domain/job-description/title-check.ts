import { hasGenderMark, withoutGenderMark } from '../text/index.ts';
import { findAll, foldText, originalSlice, wordPattern } from './normalize-text.ts';

/**
 * Gender in job titles. French law (L1142-1) forbids stating the sex sought; a masculine noun
 * followed by « H/F » is not enough (Pôle emploi's guide judged « vendeuse H/F » prohibited).
 * A title is fine when it is epicene (« Gestionnaire de communauté ») or gives both forms
 * (« Animateur / Animatrice », « Animateur·rice »), with the « (F/H) » mark.
 */

/** French job nouns with a masculine and a feminine form (folded: no accents, lower case). */
export const FRENCH_GENDERED_NOUNS: readonly { masculine: string; feminine: string }[] = [
  { masculine: 'animateur', feminine: 'animatrice' },
  { masculine: 'charge', feminine: 'chargee' },
  { masculine: 'directeur', feminine: 'directrice' },
  { masculine: 'redacteur', feminine: 'redactrice' },
  { masculine: 'moderateur', feminine: 'moderatrice' },
  { masculine: 'coordinateur', feminine: 'coordinatrice' },
  { masculine: 'concepteur', feminine: 'conceptrice' },
  { masculine: 'createur', feminine: 'creatrice' },
  { masculine: 'producteur', feminine: 'productrice' },
  { masculine: 'expert', feminine: 'experte' },
  { masculine: 'consultant', feminine: 'consultante' },
  { masculine: 'assistant', feminine: 'assistante' },
  { masculine: 'alternant', feminine: 'alternante' },
  { masculine: 'referent', feminine: 'referente' },
  { masculine: 'chef', feminine: 'cheffe' },
  { masculine: 'developpeur', feminine: 'developpeuse' },
  { masculine: 'vendeur', feminine: 'vendeuse' },
  { masculine: 'conseiller', feminine: 'conseillere' },
  { masculine: 'technicien', feminine: 'technicienne' },
  { masculine: 'ingenieur', feminine: 'ingenieure' },
  { masculine: 'attache', feminine: 'attachee' },
  { masculine: 'employe', feminine: 'employee' },
];

/** English job words that name one sex, and their neutral forms. */
export const ENGLISH_GENDERED_WORDS: readonly { word: string; neutral: string }[] = [
  { word: 'chairman', neutral: 'chair' },
  { word: 'salesman', neutral: 'salesperson' },
  { word: 'spokesman', neutral: 'spokesperson' },
  { word: 'foreman', neutral: 'supervisor' },
  { word: 'craftsman', neutral: 'craftsperson' },
  { word: 'cameraman', neutral: 'camera operator' },
  { word: 'hostess', neutral: 'host' },
  { word: 'waitress', neutral: 'server' },
  { word: 'waiter', neutral: 'server' },
];

/** Inclusive suffixes right after a masculine noun: ·rice, (trice), /trice, .e, -e… */
const INCLUSIVE_SUFFIX = /^(?:[·.(/-]\s?[a-z]{1,6}\)?)/u;

/** What a title check found. */
export interface TitleAnalysis {
  /** True when the title carries an « F/H »-style mark. */
  hasMark: boolean;
  /** Nouns given in one form only, as written in the title. */
  oneFormNouns: { written: string; masculine: string; feminine: string }[];
  /** English words that name one sex. */
  gendered: { written: string; neutral: string }[];
}

/** Looks at a job title for one-form gendered nouns and for the « (F/H) » mark. */
export function analyseTitle(title: string): TitleAnalysis {
  const text = foldText(title);
  const oneFormNouns: TitleAnalysis['oneFormNouns'] = [];
  for (const noun of FRENCH_GENDERED_NOUNS) {
    const masculine = findAll(wordPattern(noun.masculine), text.folded);
    const feminine = findAll(wordPattern(noun.feminine), text.folded);
    const inclusive = masculine.some(([, end]) => INCLUSIVE_SUFFIX.test(text.folded.slice(end)));
    if (inclusive || masculine.length > 0 === feminine.length > 0) continue;
    const [start, end] = (masculine[0] ?? feminine[0]) as [number, number];
    oneFormNouns.push({
      written: originalSlice(text, start, end),
      masculine: noun.masculine,
      feminine: noun.feminine,
    });
  }
  const gendered = ENGLISH_GENDERED_WORDS.flatMap((entry) => {
    const [span] = findAll(wordPattern(entry.word), text.folded);
    return span ? [{ written: originalSlice(text, span[0], span[1]), neutral: entry.neutral }] : [];
  });
  return { hasMark: hasGenderMark(title), oneFormNouns, gendered };
}

/** Restores the capital of `model` on `word`. */
function matchCase(word: string, model: string): string {
  const first = model.charAt(0);
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase()
    ? word.charAt(0).toUpperCase() + word.slice(1)
    : word;
}

/**
 * Re-accents a folded form using the written form as a guide: « Chargé » → masculine « Chargé »,
 * feminine « Chargée ». Falls back to known accented spellings.
 */
const ACCENTED: Record<string, string> = {
  charge: 'chargé',
  chargee: 'chargée',
  redacteur: 'rédacteur',
  redactrice: 'rédactrice',
  moderateur: 'modérateur',
  moderatrice: 'modératrice',
  createur: 'créateur',
  creatrice: 'créatrice',
  referent: 'référent',
  referente: 'référente',
  developpeur: 'développeur',
  developpeuse: 'développeuse',
  conseillere: 'conseillère',
  ingenieur: 'ingénieur',
  ingenieure: 'ingénieure',
  attache: 'attaché',
  attachee: 'attachée',
  employe: 'employé',
  employee: 'employée',
};

function spell(folded: string): string {
  return ACCENTED[folded] ?? folded;
}

/**
 * A corrected French title: each one-form noun written « Masculin / Féminin », the mark
 * normalised to « (F/H) » at the end. « Animateur de communauté H/F » becomes « Animateur /
 * Animatrice de communauté (F/H) ».
 */
export function suggestFrenchTitle(title: string): string {
  const analysis = analyseTitle(title);
  let result = withoutGenderMark(title);
  for (const noun of analysis.oneFormNouns) {
    const both = `${matchCase(spell(noun.masculine), noun.written)} / ${matchCase(spell(noun.feminine), noun.written)}`;
    result = result.replace(noun.written, both);
  }
  return `${result.replace(/\s+/g, ' ').trim()} (F/H)`;
}

/** An English title with each one-sex word replaced by its neutral form. */
export function suggestEnglishTitle(title: string): string {
  let result = title;
  for (const word of analyseTitle(title).gendered) {
    result = result.replace(word.written, matchCase(word.neutral, word.written));
  }
  return result;
}
