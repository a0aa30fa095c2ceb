import { CUES } from './ground-cues.ts';
import { findMatches } from './ground-grammar.ts';
import type { Finding, Severity } from './findings.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import type { ReferenceId } from './references.ts';
import type { AnalysedSentence, AnalysedText } from './text-analysis.ts';
import type { Token } from './text-tokens.ts';
import { FRENCH_GENDERED_NOUNS } from './title-check.ts';

/**
 * Gender in the body of the ad: a noun, adjective or pronoun of one gender describing the person
 * sought. A feminine-only form (« une animatrice souriante ») states the sex sought: an error in
 * France (L1142-1) and Québec (art. 10). A masculine generic (« un community manager motivé »,
 * « le candidat retenu ») is a warning with the inclusive forms. Nouns naming someone else (« la
 * directrice marketing », « au directeur ») and plurals (« les candidats ») are left alone.
 */

/** Words that end an adjective run. */
const STOP = new Set(
  'de d a au aux en pour avec dans sur qui que par sans du des l chez dont ou entre comme afin ayant disponible'.split(
    ' ',
  ),
);
/** Adverbs skipped inside an adjective run. */
const ADVERB = new Set(
  'tres plutot vraiment particulierement bien deja aussi toujours pas ne n si assez'.split(' '),
);
/** Grammatically feminine nouns that name anyone (« une personne motivée » is not a sex). */
const EPICENE_FEMININE = new Set(
  'personne personnes recrue star vedette victime reference perle pepite'.split(' '),
);
/** Short words that end like a marked form. */
const SHORT_WORDS = new Set('son mon ton non don bon sien mien tien rien lien bien'.split(' '));
/** Adjectives ending like a marked form but the same for everyone. */
const EPICENE_ADJECTIVES = new Set('athee ideal'.split(' '));

const MASCULINE_NOUNS = new Set(
  FRENCH_GENDERED_NOUNS.filter((noun) => !noun.epicene).map((noun) => noun.masculine),
);
const FEMININE_NOUNS = new Set(FRENCH_GENDERED_NOUNS.map((noun) => noun.feminine));
const PAIR_OF = new Map<string, string>(
  FRENCH_GENDERED_NOUNS.flatMap((noun) => [
    [noun.masculine, noun.feminine],
    [noun.feminine, noun.masculine],
  ]),
);

/** Lower-case written form (with accents) of a token. */
function written(text: string, token: Token): string {
  return text.slice(token.start, token.end).toLowerCase();
}

/** The gender a French adjective or person noun shows by its ending, if any. */
export function frenchGenderOf(text: string, token: Token): 'm' | 'f' | undefined {
  if (token.kind !== 'word' || token.inclusive) return undefined;
  const short = written(text, token);
  if (short === 'né' || short === 'nés') return 'm';
  if (short === 'née' || short === 'nées') return 'f';
  if (token.norm.length < 3 || SHORT_WORDS.has(token.norm)) return undefined;
  if (EPICENE_ADJECTIVES.has(token.norm) || EPICENE_FEMININE.has(token.norm)) return undefined;
  if (FEMININE_NOUNS.has(token.norm)) return 'f';
  if (MASCULINE_NOUNS.has(token.norm)) return 'm';
  const word = written(text, token);
  if (/(?:ée|euse|ive|rice|ienne|ante|elle|ère|onne|ette)$/u.test(word)) return 'f';
  if (/(?:[^e]é|eux|if|ien|ant|el|eur|on|et|bon)$/u.test(word) && !/ment$/u.test(word)) return 'm';
  return undefined;
}

/** A gendered word about the person sought. */
interface GenderHit {
  token: Token;
  gender: 'm' | 'f';
  /** Where the words end, when they run past `token` (« une animatrice »). */
  end?: number;
}

/** Reads a determiner + noun + adjectives run (or adjectives alone) from `index`. */
function readRun(
  text: string,
  tokens: Token[],
  index: number,
  to: number,
  hits: GenderHit[],
): void {
  let cursor = index;
  const determiner = tokens[cursor];
  if (
    determiner &&
    !determiner.inclusive &&
    (determiner.norm === 'une' || determiner.norm === 'la')
  ) {
    const noun = tokens[cursor + 1];
    // « la conserver », « une fois »: a pronoun or an idiom, not the person.
    const pronoun = noun !== undefined && /(?:er|ir)$/.test(noun.norm);
    if (
      noun &&
      noun.kind === 'word' &&
      !EPICENE_FEMININE.has(noun.norm) &&
      !noun.inclusive &&
      !pronoun
    ) {
      hits.push({ token: determiner, gender: 'f', end: noun.end });
    }
    if (noun && EPICENE_FEMININE.has(noun.norm)) return;
  }
  for (let steps = 0; cursor < to && steps < 8; cursor += 1, steps += 1) {
    const token = tokens[cursor] as Token;
    if (token.kind === 'punct' && token.norm !== ',') return;
    if (token.kind !== 'word') continue;
    if (STOP.has(token.norm)) return;
    const born = /^née?s?$/u.test(written(text, token));
    if (!born && (ADVERB.has(token.norm) || token.norm.endsWith('ment') || token.norm === 'et'))
      continue;
    if (token.norm === 'un' || token.norm === 'le' || token.norm === 'une' || token.norm === 'la')
      continue;
    if (EPICENE_FEMININE.has(token.norm)) return;
    const gender = frenchGenderOf(text, token);
    if (gender) hits.push({ token, gender });
  }
}

const SEEK = new Set(
  'recherchons cherchons recrutons recherche cherche recrute souhaitons'.split(' '),
);
const BEING = new Set('etes serez seras es'.split(' '));
const PREPOSITIONS = new Set('a de par avec aupres pour sous chez'.split(' '));

/** Gendered words about the person sought in one French sentence. */
function frenchSentenceHits(text: AnalysedText, sentence: AnalysedSentence): GenderHit[] {
  const { tokens } = text;
  const hits: GenderHit[] = [];
  const cues = CUES.fr;
  // An optional self-identification or a statement of openness (« si vous le souhaitez, indiquez
  // que vous êtes une femme… ») describes no one sought.
  if (
    cues.openness.some(
      (phrase) => findMatches(phrase, tokens, sentence.from, sentence.to).length > 0,
    )
  )
    return hits;
  let requirementLike = false;
  for (let index = sentence.from; index < sentence.to; index += 1) {
    const token = tokens[index] as Token;
    if (cues.requirement(token) || cues.personNoun(token)) requirementLike = true;
    if (SEEK.has(token.norm)) readRun(text.text, tokens, index + 1, sentence.to, hits);
    if (token.norm === 'vous') {
      // « vous êtes », « vous n’êtes pas »: skip the negation to reach the verb.
      let cursor = index + 1;
      while (cursor < sentence.to && ['n', "'", 'ne'].includes(tokens[cursor]?.norm ?? ''))
        cursor += 1;
      const verb = tokens[cursor];
      if (verb && BEING.has(verb.norm)) readRun(text.text, tokens, cursor + 1, sentence.to, hits);
    }
  }
  // Adjectives opening a sentence about « vous »: « Curieux et organisé, vous êtes … ».
  for (let index = sentence.from; index < sentence.to - 1; index += 1) {
    const token = tokens[index] as Token;
    if (token.kind === 'punct' && token.norm === ',') {
      if (tokens[index + 1]?.norm === 'vous')
        readRun(text.text, tokens, sentence.from, index, hits);
      break;
    }
  }
  // A person noun of one form in a requirement: « Le candidat retenu », « Locuteur natif exigé ».
  if (requirementLike) {
    const present = new Set(tokens.slice(sentence.from, sentence.to).map((token) => token.norm));
    for (let index = sentence.from; index < sentence.to; index += 1) {
      const token = tokens[index] as Token;
      if (token.inclusive) continue;
      const isNoun = MASCULINE_NOUNS.has(token.norm) || FEMININE_NOUNS.has(token.norm);
      if (!isNoun) continue;
      const pair = PAIR_OF.get(token.norm);
      if (pair && present.has(pair)) continue;
      const previous = index > sentence.from ? (tokens[index - 1]?.norm ?? '') : '';
      const beforePrevious = index - 1 > sentence.from ? (tokens[index - 2]?.norm ?? '') : '';
      // The person sought opens the sentence or follows an article (« le candidat retenu »);
      // « au directeur », « (conseiller municipal) » name someone else.
      if (previous !== '' && !['un', 'une', 'le', 'la', 'l', "'"].includes(previous)) continue;
      if (['le', 'la', 'l', "'"].includes(previous) && PREPOSITIONS.has(beforePrevious)) continue;
      const next = tokens[index + 1];
      if (next && next.norm === 's') continue;
      hits.push({ token, gender: FEMININE_NOUNS.has(token.norm) ? 'f' : 'm' });
    }
  }
  return hits;
}

const ENGLISH_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
const ENGLISH_WORDS = new Set(
  'salesman salesmen chairman foreman craftsman cameraman spokesman spokeswoman saleswoman hostess waitress waiter headmaster headmistress manpower workman businessman businesswoman'.split(
    ' ',
  ),
);

/** Gendered words about the person sought in one English sentence. */
function englishSentenceHits(text: AnalysedText, sentence: AnalysedSentence): GenderHit[] {
  const hits: GenderHit[] = [];
  const { tokens } = text;
  for (let index = sentence.from; index < sentence.to; index += 1) {
    const token = tokens[index] as Token;
    const neighbours = [tokens[index - 1]?.norm, tokens[index + 1]?.norm];
    if (
      ENGLISH_PRONOUNS.has(token.norm) &&
      !neighbours.includes('or') &&
      !neighbours.includes('/')
    ) {
      hits.push({
        token,
        gender:
          token.norm.startsWith('h') &&
          token.norm !== 'her' &&
          token.norm !== 'hers' &&
          token.norm !== 'herself'
            ? 'm'
            : 'f',
      });
    }
    if (ENGLISH_WORDS.has(token.norm))
      hits.push({ token, gender: /woman|women|ess$/.test(token.norm) ? 'f' : 'm' });
  }
  return hits;
}

/** Findings for gendered wording about the person sought, one per field. */
export function genderWordingFindings(
  texts: AnalysedText[],
  jurisdiction: Jurisdiction,
): Finding[] {
  const findings: Finding[] = [];
  for (const text of texts) {
    if (text.role === 'company' || text.role === 'title' || text.role === 'place') continue;
    const hits: GenderHit[] = [];
    for (const sentence of text.sentences) {
      hits.push(
        ...(sentence.language === 'en'
          ? englishSentenceHits(text, sentence)
          : frenchSentenceHits(text, sentence)),
      );
    }
    const feminine = hits.find((hit) => hit.gender === 'f');
    const chosen = feminine ?? hits[0];
    if (!chosen) continue;
    const supported = jurisdiction === 'FR' || jurisdiction === 'QC';
    const severity: Severity = feminine && supported ? 'error' : 'warning';
    const end = chosen.end ?? chosen.token.end;
    const excerpt = text.text.slice(chosen.token.start, end);
    const references: ReferenceId[] =
      jurisdiction === 'FR'
        ? ['fr-l1142-1']
        : jurisdiction === 'QC'
          ? ['qc-charter-10', 'qc-charter-16']
          : [];
    findings.push({
      id: `gender-wording:${text.field}`,
      rule: 'gender-wording',
      severity,
      field: text.field,
      ground: 'sex',
      start: chosen.token.start,
      end,
      excerpt,
      message: feminine
        ? {
            fr: `« ${excerpt} » décrit la personne recherchée au féminin seulement : l’annonce vise un sexe.`,
            en: `"${excerpt}" describes the person sought in one gender only: the ad targets one sex.`,
          }
        : {
            fr: `« ${excerpt} » décrit la personne recherchée au masculin seulement.`,
            en: `"${excerpt}" describes the person sought in one gender only.`,
          },
      fix: {
        fr: 'Écrivez les deux formes (« organisé·e », « un animateur ou une animatrice »), un mot épicène (« la personne recrutée ») ou tournez la phrase vers « vous ».',
        en: 'Use both forms, a neutral word ("the person hired", "they") or address the reader as "you".',
      },
      references,
    });
  }
  return findings;
}
