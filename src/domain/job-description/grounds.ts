import type { LocalizedText } from '../content/common.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import type { ReferenceId } from './references.ts';

/**
 * The grounds a job ad may not use, as data: the ideas the checks recognise (`Concept`), and for
 * each jurisdiction the list of grounds exactly as its article enumerates them, each item with the
 * concepts it covers. The method page prints these lists; a test checks them against the articles.
 */

/** The ideas the checks recognise in a text, whatever the jurisdiction. */
export const CONCEPTS = [
  'age',
  'sex',
  'gender-identity',
  'orientation',
  'mores',
  'family',
  'pregnancy',
  'genetic',
  'social-condition',
  'origin',
  'nationality',
  'political',
  'union',
  'elected-office',
  'religion',
  'appearance',
  'family-name',
  'residence',
  'bank',
  'health',
  'autonomy',
  'disability',
  'language',
  'whistleblower',
  'criminal-record',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** One ground as a law lists it. */
export interface LegalGround {
  /** Stable id within the jurisdiction. */
  id: string;
  /** The ground in the article's own words (French) and in English. */
  label: LocalizedText;
  /** The ideas that fall under it. */
  concepts: Concept[];
  /** The articles that forbid it in a job ad or a hiring decision. */
  references: ReferenceId[];
}

const FR_REFS: ReferenceId[] = ['fr-l1132-1', 'fr-l5321-2'];
const QC_REFS: ReferenceId[] = ['qc-charter-10', 'qc-charter-16', 'qc-charter-18-1'];

/**
 * Code du travail, art. L1132-1 as in force in 2026 (after the law of 21 March 2022 on
 * whistleblowers), in the article's order; sex, family situation and pregnancy also fall under
 * L1142-1, and every ground under L5321-2 for job offers.
 */
export const FRANCE_GROUNDS: readonly LegalGround[] = [
  {
    id: 'origine',
    label: { fr: 'origine', en: 'origin' },
    concepts: ['origin'],
    references: FR_REFS,
  },
  {
    id: 'sexe',
    label: { fr: 'sexe', en: 'sex' },
    concepts: ['sex'],
    references: ['fr-l1142-1', ...FR_REFS],
  },
  {
    id: 'moeurs',
    label: { fr: 'mœurs', en: 'morals (mœurs)' },
    concepts: ['mores'],
    references: FR_REFS,
  },
  {
    id: 'orientation-sexuelle',
    label: { fr: 'orientation sexuelle', en: 'sexual orientation' },
    concepts: ['orientation'],
    references: FR_REFS,
  },
  {
    id: 'identite-de-genre',
    label: { fr: 'identité de genre', en: 'gender identity' },
    concepts: ['gender-identity'],
    references: FR_REFS,
  },
  { id: 'age', label: { fr: 'âge', en: 'age' }, concepts: ['age'], references: FR_REFS },
  {
    id: 'situation-de-famille',
    label: { fr: 'situation de famille', en: 'family situation' },
    concepts: ['family'],
    references: ['fr-l1142-1', ...FR_REFS],
  },
  {
    id: 'grossesse',
    label: { fr: 'grossesse', en: 'pregnancy' },
    concepts: ['pregnancy'],
    references: ['fr-l1142-1', ...FR_REFS],
  },
  {
    id: 'caracteristiques-genetiques',
    label: { fr: 'caractéristiques génétiques', en: 'genetic characteristics' },
    concepts: ['genetic'],
    references: FR_REFS,
  },
  {
    id: 'vulnerabilite-economique',
    label: {
      fr: 'particulière vulnérabilité résultant de la situation économique',
      en: 'particular vulnerability resulting from economic situation',
    },
    concepts: ['social-condition'],
    references: FR_REFS,
  },
  {
    id: 'ethnie-nation-race',
    label: {
      fr: 'appartenance ou non-appartenance à une ethnie, une nation ou une prétendue race',
      en: 'membership or non-membership of an ethnic group, a nation or an alleged race',
    },
    concepts: ['nationality'],
    references: FR_REFS,
  },
  {
    id: 'opinions-politiques',
    label: { fr: 'opinions politiques', en: 'political opinions' },
    concepts: ['political'],
    references: FR_REFS,
  },
  {
    id: 'activites-syndicales-mutualistes',
    label: { fr: 'activités syndicales ou mutualistes', en: 'trade-union or mutualist activities' },
    concepts: ['union'],
    references: FR_REFS,
  },
  {
    id: 'mandat-electif',
    label: { fr: 'exercice d’un mandat électif', en: 'holding an elected office' },
    concepts: ['elected-office'],
    references: FR_REFS,
  },
  {
    id: 'convictions-religieuses',
    label: { fr: 'convictions religieuses', en: 'religious beliefs' },
    concepts: ['religion'],
    references: FR_REFS,
  },
  {
    id: 'apparence-physique',
    label: { fr: 'apparence physique', en: 'physical appearance' },
    concepts: ['appearance'],
    references: FR_REFS,
  },
  {
    id: 'nom-de-famille',
    label: { fr: 'nom de famille', en: 'family name' },
    concepts: ['family-name'],
    references: FR_REFS,
  },
  {
    id: 'lieu-de-residence',
    label: { fr: 'lieu de résidence', en: 'place of residence' },
    concepts: ['residence'],
    references: FR_REFS,
  },
  {
    id: 'domiciliation-bancaire',
    label: { fr: 'domiciliation bancaire', en: 'bank domiciliation' },
    concepts: ['bank'],
    references: FR_REFS,
  },
  {
    id: 'etat-de-sante',
    label: { fr: 'état de santé', en: 'state of health' },
    concepts: ['health'],
    references: FR_REFS,
  },
  {
    id: 'perte-d-autonomie',
    label: { fr: 'perte d’autonomie', en: 'loss of autonomy' },
    concepts: ['autonomy'],
    references: FR_REFS,
  },
  {
    id: 'handicap',
    label: { fr: 'handicap', en: 'disability' },
    concepts: ['disability'],
    references: FR_REFS,
  },
  {
    id: 'langue-autre-que-francais',
    label: {
      fr: 'capacité à s’exprimer dans une langue autre que le français',
      en: 'ability to speak a language other than French',
    },
    concepts: ['language'],
    references: FR_REFS,
  },
  {
    id: 'lanceur-d-alerte',
    label: {
      fr: 'qualité de lanceur d’alerte, de facilitateur ou de personne en lien avec un lanceur d’alerte',
      en: 'status of whistleblower, facilitator or person linked to one',
    },
    concepts: ['whistleblower'],
    references: FR_REFS,
  },
];

/**
 * Charte des droits et libertés de la personne (Québec), art. 10, in the article's order; art. 16
 * forbids discrimination in hiring, art. 18.1 asking for this information in a form or interview,
 * art. 18.2 penalising a criminal offence unrelated to the job or pardoned.
 */
export const QUEBEC_GROUNDS: readonly LegalGround[] = [
  { id: 'race', label: { fr: 'race', en: 'race' }, concepts: ['origin'], references: QC_REFS },
  {
    id: 'couleur',
    label: { fr: 'couleur', en: 'colour' },
    concepts: ['origin'],
    references: QC_REFS,
  },
  { id: 'sexe', label: { fr: 'sexe', en: 'sex' }, concepts: ['sex'], references: QC_REFS },
  {
    id: 'identite-expression-genre',
    label: { fr: 'identité ou expression de genre', en: 'gender identity or expression' },
    concepts: ['gender-identity'],
    references: QC_REFS,
  },
  {
    id: 'grossesse',
    label: { fr: 'grossesse', en: 'pregnancy' },
    concepts: ['pregnancy'],
    references: QC_REFS,
  },
  {
    id: 'orientation-sexuelle',
    label: { fr: 'orientation sexuelle', en: 'sexual orientation' },
    concepts: ['orientation'],
    references: QC_REFS,
  },
  {
    id: 'etat-civil',
    label: { fr: 'état civil', en: 'civil status' },
    concepts: ['family'],
    references: QC_REFS,
  },
  {
    id: 'age',
    label: {
      fr: 'âge, sauf dans la mesure prévue par la loi',
      en: 'age, except as provided by law',
    },
    concepts: ['age'],
    references: QC_REFS,
  },
  {
    id: 'religion',
    label: { fr: 'religion', en: 'religion' },
    concepts: ['religion'],
    references: QC_REFS,
  },
  {
    id: 'convictions-politiques',
    label: { fr: 'convictions politiques', en: 'political convictions' },
    concepts: ['political'],
    references: QC_REFS,
  },
  {
    id: 'langue',
    label: { fr: 'langue', en: 'language' },
    concepts: ['language'],
    references: QC_REFS,
  },
  {
    id: 'origine-ethnique-nationale',
    label: { fr: 'origine ethnique ou nationale', en: 'ethnic or national origin' },
    concepts: ['origin', 'nationality'],
    references: QC_REFS,
  },
  {
    id: 'condition-sociale',
    label: { fr: 'condition sociale', en: 'social condition' },
    concepts: ['social-condition'],
    references: QC_REFS,
  },
  {
    id: 'handicap',
    label: {
      fr: 'handicap ou utilisation d’un moyen pour pallier ce handicap',
      en: 'disability or the use of any means to palliate it',
    },
    concepts: ['disability', 'health'],
    references: QC_REFS,
  },
  {
    id: 'antecedents-judiciaires',
    label: {
      fr: 'antécédents judiciaires sans lien avec l’emploi ou pardonnés (art. 18.2)',
      en: 'criminal record unrelated to the job or pardoned (s. 18.2)',
    },
    concepts: ['criminal-record'],
    references: ['qc-charter-18-2'],
  },
];

/**
 * The concept a finding is reported under in a jurisdiction: Québec has no separate « état de
 * santé » ground, a health condition is read as a handicap there (as the Commission does).
 */
export const REPORTED_AS: Partial<Record<Jurisdiction, Partial<Record<Concept, Concept>>>> = {
  QC: { health: 'disability' },
};

/**
 * Where several grounds cover one idea (Québec's race, colour and ethnic or national origin), the
 * one a finding names: the wording of an ad rarely says which, origin is the broadest.
 */
const PREFERRED_GROUND: Partial<Record<Jurisdiction, Partial<Record<Concept, string>>>> = {
  QC: { origin: 'origine-ethnique-nationale' },
};

/** The legal ground of `concept` in `jurisdiction`, or undefined when that law has none. */
export function groundOf(
  concept: Concept,
  jurisdiction: Jurisdiction,
): { ground: LegalGround; reported: Concept } | undefined {
  const list = jurisdiction === 'FR' ? FRANCE_GROUNDS : jurisdiction === 'QC' ? QUEBEC_GROUNDS : [];
  const reported = REPORTED_AS[jurisdiction]?.[concept] ?? concept;
  const preferred = PREFERRED_GROUND[jurisdiction]?.[concept];
  const ground =
    list.find((item) => item.id === preferred) ??
    list.find((item) => item.concepts.includes(concept));
  return ground ? { ground, reported } : undefined;
}

/** Names of the concepts, for messages in places the product has no rules for. */
export const CONCEPT_LABELS: Record<Concept, LocalizedText> = {
  age: { fr: 'l’âge', en: 'age' },
  sex: { fr: 'le sexe', en: 'sex' },
  'gender-identity': { fr: 'l’identité de genre', en: 'gender identity' },
  orientation: { fr: 'l’orientation sexuelle', en: 'sexual orientation' },
  mores: { fr: 'les mœurs', en: 'private life and morals' },
  family: { fr: 'la situation de famille', en: 'family situation' },
  pregnancy: { fr: 'la grossesse', en: 'pregnancy' },
  genetic: { fr: 'les caractéristiques génétiques', en: 'genetic characteristics' },
  'social-condition': {
    fr: 'la situation économique ou sociale',
    en: 'economic or social condition',
  },
  origin: { fr: 'l’origine', en: 'origin' },
  nationality: { fr: 'la nationalité', en: 'nationality' },
  political: { fr: 'les opinions politiques', en: 'political opinions' },
  union: { fr: 'l’activité syndicale ou mutualiste', en: 'trade-union activity' },
  'elected-office': { fr: 'un mandat électif', en: 'an elected office' },
  religion: { fr: 'la religion', en: 'religion' },
  appearance: { fr: 'l’apparence physique', en: 'physical appearance' },
  'family-name': { fr: 'le nom de famille', en: 'family name' },
  residence: { fr: 'le lieu de résidence', en: 'place of residence' },
  bank: { fr: 'la domiciliation bancaire', en: 'bank domiciliation' },
  health: { fr: 'l’état de santé', en: 'health' },
  autonomy: { fr: 'la perte d’autonomie', en: 'loss of autonomy' },
  disability: { fr: 'le handicap', en: 'disability' },
  language: { fr: 'la langue', en: 'language' },
  whistleblower: { fr: 'le statut de lanceur d’alerte', en: 'whistleblower status' },
  'criminal-record': { fr: 'les antécédents judiciaires', en: 'criminal record' },
};
