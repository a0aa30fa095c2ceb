import type { PostingLocale } from './draft.ts';
import { typesetDeep } from '../text/index.ts';

/**
 * The wording of the posting itself, in the posting's language (which may differ from the
 * interface's): section headings and the labels of the structured fields. Shared by the preview,
 * the saved page, the text export, the PDF and the JobPosting description.
 */
export const DOCUMENT_LABELS = {
  fr: {
    sections: {
      company: 'L’entreprise',
      objective: 'Objectif du poste',
      missions: 'Missions',
      perimeter: 'Périmètre et règles de décision',
      competencies: 'Compétences attendues',
      tools: 'Outils',
      kpis: 'Indicateurs de réussite et suivi',
      organisation: 'Place dans l’organisation',
      conditions: 'Conditions',
      languages: 'Langues',
      apply: 'Pour postuler',
    },
    inScope: 'Dans le périmètre',
    outOfScope: 'Hors périmètre',
    redLines: 'Lignes rouges',
    decides: 'Qui décide',
    escalation: 'Escalade',
    reporting: 'Compte rendu',
    sector: 'Secteur',
    size: 'Effectif',
    employees: 'salarié·es',
    contract: 'Contrat',
    workingTime: 'Temps de travail',
    location: 'Lieu',
    remote: 'Télétravail',
    salary: 'Rémunération',
    startDate: 'Prise de poste',
    validThrough: 'Candidatures jusqu’au',
    asap: 'Dès que possible',
    months: (n: number) => `${n}\u00a0mois`,
    hoursPerWeek: (n: number) => `${n}\u00a0h par semaine`,
    remoteDays: (n: number) => `${n}\u00a0jour${n > 1 ? 's' : ''} par semaine`,
    contractTypes: {
      cdi: 'CDI',
      cdd: 'CDD',
      freelance: 'Mission en freelance',
      apprenticeship: 'Contrat d’apprentissage',
      internship: 'Stage',
    },
    workingTimes: { 'full-time': 'Temps plein', 'part-time': 'Temps partiel' },
    remoteModes: {
      'on-site': 'Sur site',
      hybrid: 'Hybride',
      'full-remote': 'Télétravail complet',
    },
    periods: { YEAR: 'par an', MONTH: 'par mois', DAY: 'par jour', HOUR: 'de l’heure' },
    gross: 'brut',
    salaryFrom: 'À partir de',
    salaryUpTo: 'Jusqu’à',
    level: 'Niveau',
    levelOf: (level: number) => `${level}\u00a0/\u00a04`,
    mandatory: 'indispensable',
    relative: 'apprécié',
    requiredLanguage: (language: string) => `${language}\u00a0: exigé`,
    reason: 'Pourquoi',
    email: 'Courriel',
    url: 'En ligne',
    openToAll:
      'Ce poste est ouvert à toutes et à tous, y compris aux personnes en situation de handicap.',
    defaultReporting: 'Point hebdomadaire avec la personne responsable et bilan écrit mensuel.',
    page: 'Fiche de poste',
    ad: 'Annonce',
    levelColumns: {
      competency: ['Compétence', 'Niveau requis', 'Ce qui est attendu'],
      tool: ['Outil', 'Niveau requis', 'Ce qui est attendu'],
    },
    speciality: 'Spécialité',
  },
  en: {
    sections: {
      company: 'The company',
      objective: 'Objective of the role',
      missions: 'Missions',
      perimeter: 'Scope and decision rules',
      competencies: 'Competencies',
      tools: 'Tools',
      kpis: 'Success indicators and follow-up',
      organisation: 'Position in the organisation',
      conditions: 'Conditions',
      languages: 'Languages',
      apply: 'How to apply',
    },
    inScope: 'In scope',
    outOfScope: 'Out of scope',
    redLines: 'Red lines',
    decides: 'Who decides',
    escalation: 'Escalation',
    reporting: 'Reporting',
    sector: 'Sector',
    size: 'Head count',
    employees: 'employees',
    contract: 'Contract',
    workingTime: 'Working time',
    location: 'Location',
    remote: 'Remote work',
    salary: 'Pay',
    startDate: 'Start date',
    validThrough: 'Applications until',
    asap: 'As soon as possible',
    months: (n: number) => `${n} month${n > 1 ? 's' : ''}`,
    hoursPerWeek: (n: number) => `${n} hours a week`,
    remoteDays: (n: number) => `${n} day${n > 1 ? 's' : ''} a week`,
    contractTypes: {
      cdi: 'Permanent contract (CDI)',
      cdd: 'Fixed-term contract (CDD)',
      freelance: 'Freelance mission',
      apprenticeship: 'Apprenticeship',
      internship: 'Internship',
    },
    workingTimes: { 'full-time': 'Full time', 'part-time': 'Part time' },
    remoteModes: { 'on-site': 'On site', hybrid: 'Hybrid', 'full-remote': 'Fully remote' },
    periods: { YEAR: 'a year', MONTH: 'a month', DAY: 'a day', HOUR: 'an hour' },
    gross: 'gross',
    salaryFrom: 'From',
    salaryUpTo: 'Up to',
    level: 'Level',
    levelOf: (level: number) => `${level} / 4`,
    mandatory: 'essential',
    relative: 'a plus',
    requiredLanguage: (language: string) => `${language}: required`,
    reason: 'Why',
    email: 'E-mail',
    url: 'Online',
    openToAll: 'This position is open to everyone, including people with disabilities.',
    defaultReporting: 'Weekly check-in with the line manager and a written monthly report.',
    page: 'Job description',
    ad: 'Job ad',
    levelColumns: {
      competency: ['Competency', 'Required level', 'What it means'],
      tool: ['Tool', 'Required level', 'What it means'],
    },
    speciality: 'Speciality',
  },
} as const;

/** The labels of one locale. */
export type DocumentLabels = (typeof DOCUMENT_LABELS)[PostingLocale];

/** The labels as readers see them: French typeset once (no-break spaces, curly apostrophes). */
const TYPESET_LABELS = {
  fr: typesetDeep('fr', DOCUMENT_LABELS.fr),
  en: DOCUMENT_LABELS.en,
};

/** The labels for `locale`. */
export function documentLabels(locale: PostingLocale): DocumentLabels {
  return TYPESET_LABELS[locale];
}
