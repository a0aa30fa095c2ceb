import type { Finding, RuleId } from './findings.ts';
import { fold } from './normalize-text.ts';
import { finding, isQuebec, type Rule } from './rule-helpers.ts';
import { scanDiscriminatoryTerms } from './scan-terms.ts';
import { analyseTitle, suggestEnglishTitle, suggestFrenchTitle } from './title-check.ts';

const FEE_PATTERN =
  /(?<![\p{L}])(?:frais de (?:dossier|candidature|inscription)|participation aux frais|numero surtaxe|application fee|fee to apply)(?![\p{L}])/u;

const OTHER_LANGUAGE_PATTERN =
  /(?<![\p{L}])(?:anglais|english|bilingue|bilingual|espagnol|spanish)(?![\p{L}])/u;

/** Checks on the wording: title, discriminatory terms, fees, the posting's language. */
export const WORDING_RULES = {
  'title-gender'(jd) {
    const analysis = analyseTitle(jd.title);
    const findings: Finding[] = [];
    if (analysis.oneFormNouns.length > 0) {
      const nouns = analysis.oneFormNouns.map((noun) => noun.written).join(', ');
      findings.push(
        finding(
          'title-gender',
          'error',
          'title',
          {
            fr: `Le titre ne donne qu’une forme de « ${nouns} » : une marque « H/F » ne suffit pas à ouvrir le poste à tous.`,
            en: `The title gives only one form of "${nouns}": an "H/F" mark is not enough to open the job to all.`,
          },
          {
            fr: 'Donnez les deux formes avec « (F/H) » — « Animateur / Animatrice de communauté (F/H) » — ou un titre épicène : « Gestionnaire de communauté (F/H) ».',
            en: 'Give both forms with "(F/H)" — « Animateur / Animatrice de communauté (F/H) » — or an epicene title: « Gestionnaire de communauté (F/H) ».',
          },
          ['fr-l1142-1', 'fr-l1132-1'],
          { excerpt: nouns, suggestion: suggestFrenchTitle(jd.title) },
        ),
      );
    }
    if (analysis.gendered.length > 0) {
      const words = analysis.gendered.map((word) => word.written).join(', ');
      findings.push(
        finding(
          'title-gender',
          'error',
          'title',
          {
            fr: `« ${words} » désigne un seul sexe.`,
            en: `"${words}" names one sex.`,
          },
          {
            fr: 'Utilisez le terme neutre proposé.',
            en: 'Use the neutral word suggested.',
          },
          ['fr-l1142-1', 'qc-charter'],
          { excerpt: words, suggestion: suggestEnglishTitle(jd.title) },
        ),
      );
    }
    return findings.map((item, index) => (index > 0 ? { ...item, id: `${item.id}:en` } : item));
  },

  'title-mark'(jd) {
    if (jd.locale !== 'fr' || analyseTitle(jd.title).hasMark) return [];
    return [
      finding(
        'title-mark',
        'warning',
        'title',
        {
          fr: 'Le titre n’indique pas que le poste est ouvert à toutes et à tous.',
          en: 'The title does not show that the job is open to everyone.',
        },
        {
          fr: 'Ajoutez « (F/H) » à la fin du titre.',
          en: 'Add « (F/H) » at the end of the title.',
        },
        ['fr-l1142-1'],
        { suggestion: `${jd.title.trim()} (F/H)` },
      ),
    ];
  },

  'discriminatory-term'(_jd, context) {
    return scanDiscriminatoryTerms(context.texts);
  },

  'application-fee'(_jd, context) {
    return context.texts
      .filter(({ text }) => FEE_PATTERN.test(fold(text)))
      .map(({ field }) =>
        finding(
          'application-fee',
          'error',
          field,
          {
            fr: 'L’annonce demande de payer pour postuler.',
            en: 'The ad asks candidates to pay to apply.',
          },
          {
            fr: 'Supprimez tout frais : postuler doit être gratuit.',
            en: 'Remove any fee: applying must be free.',
          },
          ['fr-l5331-1'],
        ),
      );
  },

  'posting-language'(jd) {
    if (jd.locale === 'fr') return [];
    if (jd.location.country === 'FR') {
      return [
        finding(
          'posting-language',
          'error',
          'locale',
          {
            fr: 'Une offre pour un poste en France doit être rédigée en français.',
            en: 'A posting for a job in France must be written in French.',
          },
          {
            fr: 'Rédigez l’offre en français ; une version anglaise peut suivre le texte français.',
            en: 'Write the posting in French; an English version may follow the French text.',
          },
          ['fr-l5331-4'],
        ),
      ];
    }
    if (isQuebec(jd)) {
      return [
        finding(
          'posting-language',
          'error',
          'locale',
          {
            fr: 'Au Québec, une offre d’emploi doit être publiée en français.',
            en: 'In Québec, a job offer must be published in French.',
          },
          {
            fr: 'Rédigez l’offre en français ; une autre langue peut l’accompagner.',
            en: 'Write the offer in French; another language may accompany it.',
          },
          ['qc-clf-41'],
        ),
      ];
    }
    return [];
  },

  'other-language-reason'(jd, context) {
    const requirement = jd.languageRequirement;
    const quebec = isQuebec(jd);
    if (requirement.required && requirement.reason.trim() === '') {
      return [
        finding(
          'other-language-reason',
          quebec ? 'error' : 'info',
          'languageRequirement.reason',
          {
            fr: quebec
              ? 'Au Québec, exiger une autre langue que le français demande une raison liée aux tâches.'
              : 'L’annonce exige une autre langue sans dire pourquoi.',
            en: quebec
              ? 'In Québec, requiring a language other than French needs a reason tied to the duties.'
              : 'The ad requires another language without saying why.',
          },
          {
            fr: 'Expliquez quelles tâches l’exigent, par exemple « échanges quotidiens avec la communauté anglophone ».',
            en: 'Say which duties need it, e.g. "daily exchanges with the English-speaking community".',
          },
          quebec ? ['qc-clf-46'] : ['fr-l1132-1'],
        ),
      ];
    }
    const mentioned = context.texts.find(
      ({ field, text }) =>
        field !== 'languageRequirement.reason' && OTHER_LANGUAGE_PATTERN.test(fold(text)),
    );
    if (quebec && !requirement.required && mentioned) {
      return [
        finding(
          'other-language-reason',
          'warning',
          mentioned.field,
          {
            fr: 'Le texte évoque une autre langue sans l’indiquer comme exigence motivée.',
            en: 'The text mentions another language without stating it as a justified requirement.',
          },
          {
            fr: 'Si le poste l’exige, cochez « autre langue exigée » et donnez la raison ; sinon, retirez la mention.',
            en: 'If the job needs it, tick "other language required" and give the reason; otherwise remove it.',
          },
          ['qc-clf-46'],
        ),
      ];
    }
    return [];
  },
} satisfies Partial<Record<RuleId, Rule>>;
