import type { LocalizedText } from '../content/common.ts';

/**
 * The legal texts and sources the checks rely on (research: shared/research/domain-facts.md §4).
 */
export const LEGAL_REFERENCES = {
  'fr-l1132-1': {
    fr: 'Code du travail, art. L1132-1 (motifs de discrimination)',
    en: 'French Labour Code, art. L1132-1 (grounds of discrimination)',
  },
  'fr-l5321-2': {
    fr: 'Code du travail, art. L5321-2 (aucune offre ne peut y faire référence)',
    en: 'French Labour Code, art. L5321-2 (no job offer may refer to them)',
  },
  'fr-l1142-1': {
    fr: 'Code du travail, art. L1142-1 (sexe recherché)',
    en: 'French Labour Code, art. L1142-1 (sex sought)',
  },
  'fr-l5331-4': {
    fr: 'Code du travail, art. L5331-4 (offre rédigée en français)',
    en: 'French Labour Code, art. L5331-4 (offer written in French)',
  },
  'fr-l5331-1': {
    fr: 'Code du travail, art. L5331-1 et L5331-5 (candidature gratuite)',
    en: 'French Labour Code, art. L5331-1 and L5331-5 (applying is free)',
  },
  'fr-l1133-1': {
    fr: 'Code du travail, art. L1133-1 (exigence professionnelle essentielle et déterminante)',
    en: 'French Labour Code, art. L1133-1 (genuine and determining occupational requirement)',
  },
  'fr-l6222-1': {
    fr: 'Code du travail, art. L6222-1 (âge d’entrée en apprentissage)',
    en: 'French Labour Code, art. L6222-1 (age for an apprenticeship)',
  },
  'fr-l3231-2': {
    fr: 'Code du travail, art. L3231-2 et décret de revalorisation du SMIC',
    en: 'French Labour Code, art. L3231-2 and the minimum-wage (SMIC) decree',
  },
  'eu-2023-970': {
    fr: 'Directive (UE) 2023/970 sur la transparence des rémunérations, art. 5 (délai de transposition : 7 juin 2026)',
    en: 'Directive (EU) 2023/970 on pay transparency, art. 5 (transposition deadline: 7 June 2026)',
  },
  'qc-clf-41': {
    fr: 'Charte de la langue française (Québec), art. 41',
    en: 'Charter of the French Language (Québec), s. 41',
  },
  'qc-clf-46': {
    fr: 'Charte de la langue française (Québec), art. 46 et 46.1',
    en: 'Charter of the French Language (Québec), s. 46 and 46.1',
  },
  'qc-charter-10': {
    fr: 'Charte des droits et libertés de la personne (Québec), art. 10 (motifs interdits)',
    en: 'Québec Charter of Human Rights and Freedoms, s. 10 (prohibited grounds)',
  },
  'qc-charter-16': {
    fr: 'Charte des droits et libertés de la personne (Québec), art. 16 (embauche)',
    en: 'Québec Charter of Human Rights and Freedoms, s. 16 (hiring)',
  },
  'qc-charter-18-1': {
    fr: 'Charte des droits et libertés de la personne (Québec), art. 18.1 (formulaire et entrevue)',
    en: 'Québec Charter of Human Rights and Freedoms, s. 18.1 (application forms and interviews)',
  },
  'qc-charter-18-2': {
    fr: 'Charte des droits et libertés de la personne (Québec), art. 18.2 (antécédents judiciaires)',
    en: 'Québec Charter of Human Rights and Freedoms, s. 18.2 (criminal record)',
  },
  'qc-charter-20': {
    fr: 'Charte des droits et libertés de la personne (Québec), art. 20 (aptitudes requises par l’emploi)',
    en: 'Québec Charter of Human Rights and Freedoms, s. 20 (aptitudes required by the job)',
  },
  'article-004': {
    fr: 'Article 004 des sources : un objectif clair, un périmètre, une ligne rouge, qui décide',
    en: 'Source article 004: a clear objective, a scope, a red line, who decides',
  },
  'google-job-posting': {
    fr: 'Google, consignes des données structurées JobPosting',
    en: 'Google, JobPosting structured-data guidelines',
  },
} as const satisfies Record<string, LocalizedText>;

/** Id of a legal text or source. */
export type ReferenceId = keyof typeof LEGAL_REFERENCES;
