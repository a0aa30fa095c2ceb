import { hasGenderMark, withoutGenderMark } from '../text/index.ts';
import { findAll, foldText, originalSlice, wordPattern } from './normalize-text.ts';

/**
 * Gender in job titles. French law (L1142-1) forbids stating the sex sought; a masculine noun
 * followed by « H/F » is not enough (Pôle emploi's guide judged « vendeuse H/F » prohibited).
 * A title is fine when it is epicene (« Gestionnaire de communauté ») or gives both forms
 * (« Animateur / Animatrice », « Animateur·rice »), with the « (F/H) » mark.
 */

/** French job nouns with a masculine and a feminine form (folded: no accents, lower case). */
export const FRENCH_GENDERED_NOUNS: readonly {
  masculine: string;
  feminine: string;
  /** The masculine form is used for everyone (« community manager »): only the feminine is one-gender. */
  epicene?: boolean;
}[] = [
  { masculine: 'manager', feminine: 'manageuse', epicene: true },
  { masculine: 'traducteur', feminine: 'traductrice' },
  { masculine: 'formateur', feminine: 'formatrice' },
  { masculine: 'acheteur', feminine: 'acheteuse' },
  { masculine: 'commercial', feminine: 'commerciale' },
  { masculine: 'monteur', feminine: 'monteuse' },
  { masculine: 'influenceur', feminine: 'influenceuse' },
  { masculine: 'ambassadeur', feminine: 'ambassadrice' },
  { masculine: 'gerant', feminine: 'gerante' },
  { masculine: 'apprenti', feminine: 'apprentie' },
  { masculine: 'collaborateur', feminine: 'collaboratrice' },
  { masculine: 'etudiant', feminine: 'etudiante' },
  { masculine: 'diplome', feminine: 'diplomee' },
  { masculine: 'candidat', feminine: 'candidate' },
  { masculine: 'locuteur', feminine: 'locutrice' },
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
  { masculine: 'auteur', feminine: 'autrice' },
  { masculine: 'chroniqueur', feminine: 'chroniqueuse' },
  { masculine: 'superviseur', feminine: 'superviseuse' },
  { masculine: 'operateur', feminine: 'operatrice' },
  { masculine: 'administrateur', feminine: 'administratrice' },
  { masculine: 'hote', feminine: 'hotesse' },
  { masculine: 'caissier', feminine: 'caissiere' },
  { masculine: 'serveur', feminine: 'serveuse' },
  { masculine: 'cuisinier', feminine: 'cuisiniere' },
  { masculine: 'infirmier', feminine: 'infirmiere' },
  { masculine: 'boulanger', feminine: 'boulangere' },
  { masculine: 'patissier', feminine: 'patissiere' },
  { masculine: 'coiffeur', feminine: 'coiffeuse' },
  { masculine: 'educateur', feminine: 'educatrice' },
  { masculine: 'preparateur', feminine: 'preparatrice' },
  { masculine: 'livreur', feminine: 'livreuse' },
  { masculine: 'magasinier', feminine: 'magasiniere' },
  { masculine: 'plongeur', feminine: 'plongeuse' },
  { masculine: 'ouvrier', feminine: 'ouvriere' },
  { masculine: 'mecanicien', feminine: 'mecanicienne' },
  { masculine: 'electricien', feminine: 'electricienne' },
  { masculine: 'pharmacien', feminine: 'pharmacienne' },
  { masculine: 'gardien', feminine: 'gardienne' },
  { masculine: 'avocat', feminine: 'avocate' },
  { masculine: 'chauffeur', feminine: 'chauffeuse' },
  { masculine: 'conducteur', feminine: 'conductrice' },
  { masculine: 'inspecteur', feminine: 'inspectrice' },
  { masculine: 'moniteur', feminine: 'monitrice' },
  { masculine: 'enseignant', feminine: 'enseignante' },
  { masculine: 'surveillant', feminine: 'surveillante' },
  { masculine: 'soignant', feminine: 'soignante' },
  { masculine: 'danseur', feminine: 'danseuse' },
  { masculine: 'chanteur', feminine: 'chanteuse' },
  { masculine: 'jardinier', feminine: 'jardiniere' },
  { masculine: 'agriculteur', feminine: 'agricultrice' },
  { masculine: 'ambulancier', feminine: 'ambulanciere' },
  { masculine: 'boucher', feminine: 'bouchere' },
  { masculine: 'commercant', feminine: 'commercante' },
  { masculine: 'negociateur', feminine: 'negociatrice' },
  { masculine: 'intervenant', feminine: 'intervenante' },
  { masculine: 'accompagnateur', feminine: 'accompagnatrice' },
  { masculine: 'agent', feminine: 'agente', epicene: true },
  { masculine: 'prepose', feminine: 'preposee' },
  { masculine: 'nettoyeur', feminine: 'nettoyeuse' },
  { masculine: 'veilleur', feminine: 'veilleuse' },
  { masculine: 'coursier', feminine: 'coursiere' },
  { masculine: 'gouvernant', feminine: 'gouvernante' },
  { masculine: 'laveur', feminine: 'laveuse' },
];

/** English job words that name one sex, and their neutral forms. */
export const ENGLISH_GENDERED_WORDS: readonly { word: string; neutral: string }[] = [
  { word: 'chairman', neutral: 'chair' },
  { word: 'salesman', neutral: 'salesperson' },
  { word: 'handyman', neutral: 'maintenance technician' },
  { word: 'repairman', neutral: 'repair technician' },
  { word: 'deliveryman', neutral: 'delivery driver' },
  { word: 'doorman', neutral: 'door attendant' },
  { word: 'workman', neutral: 'worker' },
  { word: 'barmaid', neutral: 'bartender' },
  { word: 'stewardess', neutral: 'flight attendant' },
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

/** The nouns' and words' patterns, compiled once. */
const COMPILED_NOUNS = FRENCH_GENDERED_NOUNS.map((noun) => ({
  noun,
  masculinePattern: wordPattern(noun.masculine),
  femininePattern: wordPattern(noun.feminine),
}));
const COMPILED_WORDS = ENGLISH_GENDERED_WORDS.map((entry) => ({
  entry,
  pattern: wordPattern(entry.word),
}));

/** Looks at a job title for one-form gendered nouns and for the « (F/H) » mark. */
export function analyseTitle(title: string): TitleAnalysis {
  const text = foldText(title);
  const oneFormNouns: TitleAnalysis['oneFormNouns'] = [];
  for (const { noun, masculinePattern, femininePattern } of COMPILED_NOUNS) {
    const masculine = findAll(masculinePattern, text.folded);
    const feminine = findAll(femininePattern, text.folded);
    const inclusive = masculine.some(([, end]) => INCLUSIVE_SUFFIX.test(text.folded.slice(end)));
    if (inclusive || masculine.length > 0 === feminine.length > 0) continue;
    if (noun.epicene && feminine.length === 0) continue;
    const [start, end] = (masculine[0] ?? feminine[0]) as [number, number];
    oneFormNouns.push({
      written: originalSlice(text, start, end),
      masculine: noun.masculine,
      feminine: noun.feminine,
    });
  }
  const gendered = COMPILED_WORDS.flatMap(({ entry, pattern }) => {
    const [span] = findAll(pattern, text.folded);
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
  prepose: 'préposé',
  preposee: 'préposée',
  coursiere: 'coursière',
  hote: 'hôte',
  hotesse: 'hôtesse',
  caissiere: 'caissière',
  cuisiniere: 'cuisinière',
  infirmiere: 'infirmière',
  boulangere: 'boulangère',
  patissier: 'pâtissier',
  patissiere: 'pâtissière',
  educateur: 'éducateur',
  educatrice: 'éducatrice',
  preparateur: 'préparateur',
  preparatrice: 'préparatrice',
  magasiniere: 'magasinière',
  ouvriere: 'ouvrière',
  mecanicien: 'mécanicien',
  mecanicienne: 'mécanicienne',
  electricien: 'électricien',
  electricienne: 'électricienne',
  jardiniere: 'jardinière',
  ambulanciere: 'ambulancière',
  bouchere: 'bouchère',
  commercant: 'commerçant',
  commercante: 'commerçante',
  negociateur: 'négociateur',
  negociatrice: 'négociatrice',
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
  gerant: 'gérant',
  gerante: 'gérante',
  etudiant: 'étudiant',
  etudiante: 'étudiante',
  diplome: 'diplômé',
  diplomee: 'diplômée',
  operateur: 'opérateur',
  operatrice: 'opératrice',
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
