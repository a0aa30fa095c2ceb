import type { Finding, RuleId } from './findings.ts';
import { compileWords, type LexiconLanguage } from './ground-grammar.ts';
import { finding, type Rule } from './rule-helpers.ts';
import type { AnalysedText } from './text-analysis.ts';
import type { Token } from './text-tokens.ts';

/**
 * Beyond the law, for information only (never an error): readability (Kandel & Moles 1958 for
 * French, Flesch 1948 for English) with the sentences to shorten, the clichés of job ads, and
 * gender-coded wording (Gaucher, Friesen & Kay 2011, Journal of Personality and Social Psychology
 * 101(1); the French list is the team's own, built on the same idea, not a validated one).
 */

/** Sentences longer than this many words are worth shortening. */
export const LONG_SENTENCE_WORDS = 30;
/** Below this score a text reads as difficult (both formulas use the same 0–100 scale). */
export const DIFFICULT_SCORE = 40;

const VOWELS = /[aeiouyàâäéèêëîïôöùûüœæ]+/giu;

/** Syllables of a word, by vowel groups (a mute final « e » in French, "e" in English, dropped). */
export function countSyllables(word: string, language: LexiconLanguage): number {
  const lower = word.toLowerCase();
  let groups = (lower.match(VOWELS) ?? []).length;
  if (
    language === 'fr' &&
    /[^aeiouy]e?s?$/u.test(lower) &&
    /e s?$/u.test(lower.replace(/(e)(s?)$/u, '$1 $2')) &&
    groups > 1
  )
    groups -= 1;
  if (language === 'en' && /[^aeiouy]e$/u.test(lower) && !/le$/u.test(lower) && groups > 1)
    groups -= 1;
  return Math.max(1, groups);
}

/** Reading ease of `words` words in `sentences` sentences with `syllables` syllables. */
export function readingEase(
  language: LexiconLanguage,
  words: number,
  sentences: number,
  syllables: number,
): number {
  if (words === 0 || sentences === 0) return 100;
  const perSentence = words / sentences;
  const perWord = syllables / words;
  return language === 'fr'
    ? 207 - 1.015 * perSentence - 73.6 * perWord
    : 206.835 - 1.015 * perSentence - 84.6 * perWord;
}

/** Word tokens of a sentence. */
function words(text: AnalysedText, from: number, to: number): Token[] {
  return text.tokens
    .slice(from, to)
    .filter((token) => token.kind === 'word' || token.kind === 'number');
}

const PROSE_ROLES = new Set<AnalysedText['role']>(['company', 'missions', 'apply', 'requirement']);

const JARGON = {
  fr: compileWords(
    'ninja ninjas rockstar rockstars gourou gourous jedi licorne licornes superheros super-heros magicien magicienne stakhanoviste pepite perle mouton couteau warrior',
    'fr',
  ),
  en: compileWords(
    'ninja ninjas rockstar rockstars guru gurus jedi unicorn unicorns superhero superheroes wizard wizards warrior warriors self-starter go-getter',
    'en',
  ),
};

const CODED = {
  masculine: {
    fr: compileWords(
      'competitif competitive ambitieux ambitieuse dominant dominante agressif agressive combatif combative conquerant conquerante fonceur fonceuse audacieux audacieuse intrepide leader challenge challenges performant performante determine determinee independant independante',
      'fr',
    ),
    en: compileWords(
      'active adventurous aggressive ambitious assertive athletic autonomous boast challenging competitive confident courageous decisive determined dominant driven fearless headstrong independent individualistic outspoken persistent self-reliant self-confident strong superior',
      'en',
    ),
  },
  feminine: {
    fr: compileWords(
      'bienveillant bienveillante empathique chaleureux chaleureuse attentionne attentionnee sensible cooperatif cooperative collaboratif collaborative soutien douceur patient patiente fidele delicat delicate',
      'fr',
    ),
    en: compileWords(
      'affectionate cheerful collaborative committed communal compassionate considerate cooperative dependable empathetic gentle honest interpersonal kind loyal nurturing pleasant polite sensitive supportive sympathetic understanding warm',
      'en',
    ),
  },
};

/** Information checks on the style. */
export const STYLE_RULES = {
  readability(_jd, context) {
    const findings: Finding[] = [];
    const totals = {
      fr: { words: 0, sentences: 0, syllables: 0 },
      en: { words: 0, sentences: 0, syllables: 0 },
    };
    for (const text of context.texts) {
      if (!PROSE_ROLES.has(text.role)) continue;
      let longest: { words: number; start: number; end: number } | undefined;
      for (const sentence of text.sentences) {
        const language = sentence.language === 'en' ? 'en' : 'fr';
        const list = words(text, sentence.from, sentence.to);
        totals[language].words += list.length;
        totals[language].sentences += 1;
        for (const token of list)
          totals[language].syllables += countSyllables(
            text.text.slice(token.start, token.end),
            language,
          );
        const first = text.tokens[sentence.from];
        const last = text.tokens[sentence.to - 1];
        if (
          first &&
          last &&
          list.length > LONG_SENTENCE_WORDS &&
          list.length > (longest?.words ?? 0)
        ) {
          longest = { words: list.length, start: first.start, end: last.end };
        }
      }
      if (longest) {
        findings.push(
          finding(
            'readability',
            'info',
            text.field,
            {
              fr: `Une phrase de ${longest.words} mots : au-delà de ${LONG_SENTENCE_WORDS}, elle se lit mal, surtout sur un téléphone.`,
              en: `A ${longest.words}-word sentence: beyond ${LONG_SENTENCE_WORDS} words it reads poorly, especially on a phone.`,
            },
            {
              fr: 'Coupez-la en deux ou trois phrases courtes.',
              en: 'Split it into two or three short sentences.',
            },
            [],
            {
              start: longest.start,
              end: longest.end,
              excerpt: text.text.slice(longest.start, Math.min(longest.end, longest.start + 80)),
            },
          ),
        );
      }
    }
    for (const language of ['fr', 'en'] as const) {
      const total = totals[language];
      if (total.words < 60) continue;
      const score = readingEase(language, total.words, total.sentences, total.syllables);
      if (score >= DIFFICULT_SCORE) continue;
      findings.push({
        ...finding(
          'readability',
          'info',
          'missions',
          {
            fr: `Lisibilité ${language === 'fr' ? 'Kandel-Moles' : 'Flesch'} : ${Math.round(score)} sur 100 (difficile en dessous de ${DIFFICULT_SCORE}).`,
            en: `${language === 'fr' ? 'Kandel–Moles' : 'Flesch'} reading ease: ${Math.round(score)} out of 100 (difficult below ${DIFFICULT_SCORE}).`,
          },
          {
            fr: 'Raccourcissez les phrases et préférez les mots courts et concrets.',
            en: 'Shorten the sentences and prefer short, concrete words.',
          },
          [],
        ),
        id: `readability:score:${language}`,
      });
    }
    return findings;
  },

  jargon(_jd, context) {
    const findings: Finding[] = [];
    for (const text of context.texts) {
      for (const sentence of text.sentences) {
        const language = sentence.language === 'en' ? 'en' : 'fr';
        const token = text.tokens
          .slice(sentence.from, sentence.to)
          .find((candidate) => JARGON[language](candidate));
        if (!token) continue;
        // « mouton », « couteau », « perle » are clichés only in their idioms.
        const idiom = text.text.slice(token.start, token.start + 40).toLowerCase();
        if (token.norm === 'mouton' && !idiom.includes('cinq pattes')) continue;
        if (token.norm === 'couteau' && !idiom.includes('suisse')) continue;
        if (token.norm === 'perle' && !idiom.includes('rare')) continue;
        const excerpt = text.text.slice(token.start, token.end);
        findings.push({
          ...finding(
            'jargon',
            'info',
            text.field,
            {
              fr: `« ${excerpt} » est un cliché d’offre d’emploi : il ne dit rien du poste et peut décourager des candidatures.`,
              en: `"${excerpt}" is a job-ad cliché: it says nothing about the job and can put people off.`,
            },
            {
              fr: 'Décrivez la compétence attendue en mots simples.',
              en: 'Describe the skill you need in plain words.',
            },
            [],
            { start: token.start, end: token.end, excerpt },
          ),
          id: `jargon:${text.field}`,
        });
        break;
      }
    }
    return findings;
  },

  'gender-coded'(_jd, context) {
    const masculine: { text: AnalysedText; token: Token }[] = [];
    let feminine = 0;
    for (const text of context.texts) {
      for (const sentence of text.sentences) {
        const language = sentence.language === 'en' ? 'en' : 'fr';
        for (const token of text.tokens.slice(sentence.from, sentence.to)) {
          if (CODED.masculine[language](token)) masculine.push({ text, token });
          else if (CODED.feminine[language](token)) feminine += 1;
        }
      }
    }
    const first = masculine[0];
    if (!first || masculine.length < feminine + 3) return [];
    const examples = [
      ...new Set(masculine.map(({ text, token }) => text.text.slice(token.start, token.end))),
    ]
      .slice(0, 5)
      .join(', ');
    return [
      finding(
        'gender-coded',
        'info',
        first.text.field,
        {
          fr: `Le vocabulaire penche vers des mots connotés masculins (${examples}) ; ce type d’annonce attire moins de candidates.`,
          en: `The wording leans on masculine-coded words (${examples}); such ads appeal less to women.`,
        },
        {
          fr: 'Équilibrez avec des mots qui décrivent la coopération et l’écoute, ou décrivez les tâches plutôt que le caractère.',
          en: 'Balance with words about cooperation and listening, or describe the tasks rather than the character.',
        },
        [],
        { start: first.token.start, end: first.token.end, excerpt: examples },
      ),
    ];
  },
} satisfies Partial<Record<RuleId, Rule>>;
