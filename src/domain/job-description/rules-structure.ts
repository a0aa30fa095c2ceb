import type { LocalizedText } from '../content/common.ts';
import type { Finding, RuleId, Severity } from './findings.ts';
import type { ReferenceId } from './references.ts';
import { finding, type Rule } from './rule-helpers.ts';

/** Thresholds for overlong sections, in characters or items. */
export const LENGTH_LIMITS = {
  objective: 600,
  presentation: 1000,
  missionDescription: 400,
  enabledMissions: 10,
  perimeterItems: 8,
  totalWords: 1200,
} as const;

/** Internships may not last more than six months per year of study (Code de l'éducation). */
const MAX_INTERNSHIP_MONTHS = 6;

/** Checks on the structure: objective, perimeter, empty or overlong sections, contract. */
export const STRUCTURE_RULES = {
  'objective-missing'(jd) {
    if (jd.objective.trim().length >= 20) return [];
    return [
      finding(
        'objective-missing',
        'error',
        'objective',
        {
          fr: 'Le poste n’a pas d’objectif : sans objectif, il n’y a pas de raison de recruter.',
          en: 'The role has no objective: without one there is no reason to hire.',
        },
        {
          fr: 'Écrivez en une ou deux phrases ce que la personne doit obtenir, et comment on le mesurera.',
          en: 'Write in one or two sentences what the person must achieve, and how it will be measured.',
        },
        ['article-004'],
      ),
    ];
  },

  'perimeter-missing'(jd) {
    const findings: Finding[] = [];
    if (jd.perimeter.redLines.every((line) => line.trim() === '')) {
      findings.push(
        finding(
          'perimeter-missing',
          'error',
          'perimeter.redLines',
          { fr: 'Aucune ligne rouge n’est fixée.', en: 'No red line is set.' },
          {
            fr: 'Indiquez au moins une chose à ne jamais faire, par exemple « ne jamais supprimer une critique légitime ».',
            en: 'State at least one thing never to do, e.g. "never delete legitimate criticism".',
          },
          ['article-004'],
        ),
      );
    }
    const parts = [
      ['perimeter.inScope', jd.perimeter.inScope.some((line) => line.trim() !== '')],
      ['perimeter.outOfScope', jd.perimeter.outOfScope.some((line) => line.trim() !== '')],
      ['perimeter.decides', jd.perimeter.decides.trim() !== ''],
      ['perimeter.escalation', jd.perimeter.escalation.trim() !== ''],
    ] as const;
    for (const [field, present] of parts) {
      if (present) continue;
      findings.push(
        finding(
          'perimeter-missing',
          'warning',
          field,
          {
            fr: 'Le périmètre est incomplet : ce qui est inclus, exclu, qui décide et comment escalader.',
            en: 'The scope is incomplete: what is in, what is out, who decides and how to escalate.',
          },
          {
            fr: 'Complétez cette partie du périmètre ; le modèle du rôle en donne un exemple.',
            en: 'Fill in this part of the scope; the role template gives an example.',
          },
          ['article-004'],
        ),
      );
    }
    return findings;
  },

  'section-empty'(jd) {
    const findings: Finding[] = [];
    const empty = (
      field: string,
      severity: Severity,
      what: LocalizedText,
      fix: LocalizedText,
      references: ReferenceId[] = [],
    ) => {
      findings.push(
        finding(
          'section-empty',
          severity,
          field,
          { fr: `${what.fr} : section vide.`, en: `${what.en}: empty section.` },
          fix,
          references,
        ),
      );
    };
    if (!jd.missions.some((mission) => mission.enabled)) {
      empty(
        'missions',
        'error',
        { fr: 'Missions', en: 'Missions' },
        { fr: 'Cochez ou ajoutez au moins une mission.', en: 'Tick or add at least one mission.' },
      );
    }
    const apply = jd.howToApply;
    if (apply.instructions.trim() === '' && !apply.email && !apply.url) {
      empty(
        'howToApply.instructions',
        'error',
        { fr: 'Pour postuler', en: 'How to apply' },
        {
          fr: 'Dites comment postuler : une adresse, un lien, ce qu’il faut envoyer.',
          en: 'Say how to apply: an address, a link, what to send.',
        },
        ['google-job-posting'],
      );
    }
    if (jd.competencies.length === 0) {
      empty(
        'competencies',
        'warning',
        { fr: 'Compétences', en: 'Competencies' },
        { fr: 'Ajoutez les compétences attendues.', en: 'Add the competencies needed.' },
      );
    }
    if (jd.kpis.every((kpi) => kpi.trim() === '')) {
      empty(
        'kpis',
        'warning',
        { fr: 'Indicateurs', en: 'Indicators' },
        {
          fr: 'Ajoutez au moins un indicateur de réussite.',
          en: 'Add at least one success indicator.',
        },
        ['article-004'],
      );
    }
    if (jd.location.remote !== 'full-remote' && jd.location.city.trim() === '') {
      empty(
        'location.city',
        'warning',
        { fr: 'Lieu', en: 'Location' },
        { fr: 'Indiquez la ville du lieu de travail.', en: 'Give the town of the workplace.' },
        ['google-job-posting'],
      );
    }
    if ((jd.company.presentation ?? '').trim() === '') {
      empty(
        'company.presentation',
        'info',
        { fr: 'Présentation de l’entreprise', en: 'Company presentation' },
        {
          fr: 'Présentez l’entreprise en quelques lignes : activité, taille, ce qui la distingue.',
          en: 'Present the company in a few lines: business, size, what sets it apart.',
        },
      );
    }
    return findings;
  },

  'section-too-long'(jd, context) {
    const findings: Finding[] = [];
    const tooLong = (field: string, what: LocalizedText, limit: LocalizedText) => {
      findings.push(
        finding(
          'section-too-long',
          'warning',
          field,
          { fr: `${what.fr} : trop long.`, en: `${what.en}: too long.` },
          {
            fr: `Raccourcissez à ${limit.fr} : une annonce se lit en diagonale.`,
            en: `Shorten to ${limit.en}: people skim job ads.`,
          },
          [],
        ),
      );
    };
    if (jd.objective.length > LENGTH_LIMITS.objective) {
      tooLong(
        'objective',
        { fr: 'Objectif', en: 'Objective' },
        { fr: '600 caractères', en: '600 characters' },
      );
    }
    if ((jd.company.presentation ?? '').length > LENGTH_LIMITS.presentation) {
      tooLong(
        'company.presentation',
        { fr: 'Présentation de l’entreprise', en: 'Company presentation' },
        { fr: '1 000 caractères', en: '1,000 characters' },
      );
    }
    const enabled = jd.missions.filter((mission) => mission.enabled);
    if (enabled.length > LENGTH_LIMITS.enabledMissions) {
      tooLong(
        'missions',
        { fr: 'Missions', en: 'Missions' },
        { fr: '10 missions', en: '10 missions' },
      );
    }
    jd.missions.forEach((mission, index) => {
      if (mission.enabled && mission.description.length > LENGTH_LIMITS.missionDescription) {
        tooLong(
          `missions.${index}.description`,
          { fr: `Mission « ${mission.label} »`, en: `Mission "${mission.label}"` },
          { fr: '400 caractères', en: '400 characters' },
        );
      }
    });
    for (const list of ['inScope', 'outOfScope', 'redLines'] as const) {
      if (jd.perimeter[list].length > LENGTH_LIMITS.perimeterItems) {
        tooLong(
          `perimeter.${list}`,
          { fr: 'Liste du périmètre', en: 'Scope list' },
          { fr: '8 points', en: '8 items' },
        );
      }
    }
    const words = context.texts.reduce(
      (total, { text }) => total + text.split(/\s+/).filter(Boolean).length,
      0,
    );
    if (words > LENGTH_LIMITS.totalWords) {
      tooLong(
        'missions',
        { fr: `L’annonce (${words} mots)`, en: `The posting (${words} words)` },
        { fr: '1 200 mots', en: '1,200 words' },
      );
      const last = findings.at(-1);
      if (last) last.id = 'section-too-long:total';
    }
    return findings;
  },

  'contract-duration'(jd) {
    const { type, durationMonths } = jd.contract;
    if (type === 'cdi') return [];
    if (durationMonths === undefined) {
      return [
        finding(
          'contract-duration',
          'warning',
          'contract.durationMonths',
          {
            fr: 'La durée du contrat n’est pas indiquée.',
            en: 'The length of the contract is not given.',
          },
          { fr: 'Indiquez la durée en mois.', en: 'Give the length in months.' },
          [],
        ),
      ];
    }
    if (type === 'internship' && durationMonths > MAX_INTERNSHIP_MONTHS) {
      return [
        finding(
          'contract-duration',
          'error',
          'contract.durationMonths',
          {
            fr: 'Un stage ne peut pas dépasser six mois par année d’enseignement.',
            en: 'An internship may not exceed six months per academic year.',
          },
          {
            fr: 'Ramenez la durée à six mois au plus, ou proposez un CDD.',
            en: 'Bring it down to six months at most, or offer a fixed-term contract.',
          },
          [],
        ),
      ];
    }
    return [];
  },
} satisfies Partial<Record<RuleId, Rule>>;
