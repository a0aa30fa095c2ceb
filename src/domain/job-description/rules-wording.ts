import type { Finding, RuleId } from './findings.ts';
import { genderWordingFindings } from './gender-wording.ts';
import { CUES } from './ground-cues.ts';
import { compileWords } from './ground-grammar.ts';
import { findGroundHits, groundFindings } from './ground-scan.ts';
import type { ReferenceId } from './references.ts';
import type { Token } from './text-tokens.ts';
import { finding, type Rule } from './rule-helpers.ts';
import { analyseTitle, suggestEnglishTitle, suggestFrenchTitle } from './title-check.ts';

const FEE_PATTERN =
  /(?<![\p{L}])(?:frais de (?:dossier|candidature|inscription)|participation aux frais|numero surtaxe|application fee|fee to apply)(?![\p{L}])/u;

/** Languages other than French that a Québec ad may require (art. 46). */
const OTHER_LANGUAGE = {
  fr: compileWords(
    'anglais anglaise bilingue bilinguisme espagnol allemand italien mandarin chinois portugais arabe',
    'fr',
  ),
  en: compileWords(
    'english bilingual bilingualism spanish german italian mandarin chinese portuguese arabic',
    'en',
  ),
};

/** Words that give a reason (« car », « afin de », "because"). */
const REASON = {
  fr: compileWords('=car =parce =puisque =afin =etant', 'fr'),
  en: compileWords('=because =since =as', 'en'),
};

/** Words after « pour » / "to" that are not a verb: « requis pour ce poste » gives no reason. */
const NOT_A_VERB = new Set(
  'ce cet cette ces le la les l un une des du de votre vos notre nos the a an this that our your all'.split(
    ' ',
  ),
);

/**
 * True when a sentence says why the other language is needed: a causal word, « pour » / "to"
 * before a verb (« pour répondre », "to moderate"), or a task after « vous » (« vous répondrez »).
 */
function givesReason(tokens: readonly Token[], language: 'fr' | 'en'): boolean {
  return tokens.some((token, index) => {
    if (REASON[language](token)) return true;
    const next = tokens[index + 1];
    if (next === undefined || next.kind !== 'word' || NOT_A_VERB.has(next.norm)) return false;
    if (language === 'fr') {
      if (token.norm === 'pour') return /(?:er|ir|re)$/.test(next.norm);
      return token.norm === 'vous' && /(?:rez|ez)$/.test(next.norm) && next.norm !== 'avez';
    }
    return token.norm === 'to' || (token.norm === 'you' && next.norm === 'will');
  });
}

/** Checks on the wording: title, grounds of discrimination, gender, fees, the posting's language. */
export const WORDING_RULES = {
  'title-gender'(jd, context) {
    const analysis = analyseTitle(jd.title);
    const severity =
      context.jurisdiction === 'FR' || context.jurisdiction === 'QC' ? 'error' : 'warning';
    const findings: Finding[] = [];
    const first = analysis.oneFormNouns[0];
    if (first) {
      const nouns = analysis.oneFormNouns.map((noun) => noun.written).join(', ');
      const start = jd.title.indexOf(first.written);
      findings.push(
        finding(
          'title-gender',
          severity,
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
          {
            excerpt: nouns,
            suggestion: suggestFrenchTitle(jd.title),
            ground: 'sex',
            ...(start >= 0 ? { start, end: start + first.written.length } : {}),
          },
        ),
      );
    }
    const word = analysis.gendered[0];
    if (word) {
      const words = analysis.gendered.map((item) => item.written).join(', ');
      const start = jd.title.indexOf(word.written);
      findings.push({
        ...finding(
          'title-gender',
          severity,
          'title',
          { fr: `« ${words} » désigne un seul sexe.`, en: `"${words}" names one sex.` },
          { fr: 'Utilisez le terme neutre proposé.', en: 'Use the neutral word suggested.' },
          ['fr-l1142-1', 'qc-charter-10'],
          {
            excerpt: words,
            suggestion: suggestEnglishTitle(jd.title),
            ground: 'sex',
            ...(start >= 0 ? { start, end: start + word.written.length } : {}),
          },
        ),
        id: 'title-gender:title:en',
      });
    }
    return findings;
  },

  'title-mark'(jd, context) {
    if (jd.locale !== 'fr' || context.jurisdiction !== 'FR' || analyseTitle(jd.title).hasMark)
      return [];
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
        // The same fix as the gender rule's, so applying it never leaves either finding.
        { suggestion: suggestFrenchTitle(jd.title) },
      ),
    ];
  },

  'discriminatory-term'(_jd, context) {
    return groundFindings(findGroundHits(context.texts), context.jurisdiction);
  },

  'gender-wording'(_jd, context) {
    const explicit = new Set(
      groundFindings(findGroundHits(context.texts), context.jurisdiction)
        .filter((item) => item.ground === 'sex')
        .map((item) => item.field),
    );
    return genderWordingFindings(context.texts, context.jurisdiction).filter(
      (item) => !explicit.has(item.field),
    );
  },

  jurisdiction(jd, context) {
    if (context.jurisdiction === 'FR' || context.jurisdiction === 'QC') return [];
    return [
      finding(
        'jurisdiction',
        'info',
        'location.country',
        {
          fr: 'Le produit ne connaît pas les règles d’embauche de ce lieu : les critères repérés sont signalés sans citer de loi.',
          en: 'The product does not know the hiring rules of this place: the criteria it finds are flagged without citing a law.',
        },
        {
          fr: 'Faites relire l’annonce par une personne qui connaît le droit local (pour le Canada hors Québec, notamment les obligations de fourchette de salaire de la Colombie-Britannique et de l’Ontario).',
          en: 'Have the ad reviewed by someone who knows the local law (for Canada outside Québec, notably the pay-range duties of British Columbia and Ontario).',
        },
        [],
        { excerpt: jd.location.country },
      ),
    ];
  },

  'application-fee'(_jd, context) {
    return context.texts
      .filter(({ text }) =>
        FEE_PATTERN.test(text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')),
      )
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
          context.jurisdiction === 'FR' ? ['fr-l5331-1'] : [],
        ),
      );
  },

  'posting-language'(jd, context) {
    const { jurisdiction } = context;
    if (jurisdiction !== 'FR' && jurisdiction !== 'QC') return [];
    const reference: ReferenceId = jurisdiction === 'FR' ? 'fr-l5331-4' : 'qc-clf-41';
    const where =
      jurisdiction === 'FR'
        ? { fr: 'pour un poste en France', en: 'for a job in France' }
        : { fr: 'au Québec', en: 'in Québec' };
    if (jd.locale !== 'fr') {
      return [
        finding(
          'posting-language',
          'error',
          'locale',
          {
            fr: `Une offre d’emploi ${where.fr} doit être rédigée en français.`,
            en: `A job offer ${where.en} must be written in French.`,
          },
          {
            fr: 'Rédigez l’offre en français ; une version dans une autre langue peut l’accompagner si elle dit la même chose.',
            en: 'Write the offer in French; a version in another language may accompany it if it says the same.',
          },
          [reference],
        ),
      ];
    }
    return context.texts
      .filter(
        (text) =>
          text.role !== 'title' &&
          text.role !== 'place' &&
          text.language === 'en' &&
          text.sentences.every((sentence) => sentence.language === 'en'),
      )
      .map((text) =>
        finding(
          'posting-language',
          'error',
          text.field,
          {
            fr: `Ce texte est écrit en anglais, sans version française : une offre ${where.fr} doit être en français.`,
            en: `This text is written in English with no French version: an offer ${where.en} must be in French.`,
          },
          {
            fr: 'Écrivez ce texte en français ; l’anglais peut suivre s’il dit la même chose.',
            en: 'Write this text in French; English may follow if it says the same.',
          },
          [reference],
          { start: 0, end: text.text.length, excerpt: text.text.slice(0, 80) },
        ),
      );
  },

  'other-language-reason'(jd, context) {
    const requirement = jd.languageRequirement;
    const quebec = context.jurisdiction === 'QC';
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
          quebec ? ['qc-clf-46'] : [],
        ),
      ];
    }
    if (!quebec || requirement.required) return [];
    for (const text of context.texts) {
      if (text.field.startsWith('languageRequirement')) continue;
      for (const sentence of text.sentences) {
        const language = sentence.language === 'en' ? 'en' : 'fr';
        const tokens = text.tokens.slice(sentence.from, sentence.to);
        const mention = tokens.find((token) => OTHER_LANGUAGE[language](token));
        const required = tokens.some(
          (token) => token !== mention && CUES[language].requirement(token),
        );
        if (!mention || !required || givesReason(tokens, language)) continue;
        return [
          finding(
            'other-language-reason',
            'warning',
            text.field,
            {
              fr: 'Le texte exige une autre langue que le français sans en donner la raison.',
              en: 'The text requires a language other than French without giving the reason.',
            },
            {
              fr: 'Si les tâches l’exigent, cochez « autre langue exigée » et dites lesquelles ; sinon, retirez l’exigence.',
              en: 'If the duties need it, tick "other language required" and say which ones; otherwise remove the requirement.',
            },
            ['qc-clf-46'],
            {
              start: mention.start,
              end: mention.end,
              excerpt: text.text.slice(mention.start, mention.end),
            },
          ),
        ];
      }
    }
    return [];
  },
} satisfies Partial<Record<RuleId, Rule>>;
