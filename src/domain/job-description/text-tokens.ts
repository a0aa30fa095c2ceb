import { stemmer as stemEnglish } from 'stemmer';
import FrenchStemmer from '@nlpjs/lang-fr/src/stemmer-fr.js';

/**
 * Tokens for the checks: every word of a text with its exact place in the original (so a finding
 * can point at it), its folded form (lower case, no accents, ligatures split) and its stems in
 * French (Snowball, from @nlpjs/lang-fr) and English (Porter, from `stemmer`), so one lexicon entry
 * covers every inflection. French inclusive forms (« diplômé(e) », « curieux·se », « organisé.e.s »)
 * are one token marked `inclusive`; elisions (« l’âge », « d’origine ») are split at the apostrophe.
 * A single linear scan, no regular expression over the whole text: cost grows with the length.
 */

/** One word, number or punctuation mark. */
export interface Token {
  /** `word`, `number` or `punct` (one character of punctuation). */
  kind: 'word' | 'number' | 'punct';
  /** Index of the first character in the original text. */
  start: number;
  /** Index after the last character in the original text. */
  end: number;
  /** Folded form: lower case, no accents; for a number, its digits. */
  norm: string;
  /** Snowball French stem of `norm`. */
  fr: string;
  /** Porter English stem of `norm`. */
  en: string;
  /** For numbers, the value. */
  value?: number;
  /** True for an inclusive form such as « diplômé·e » or « candidat(e)s ». */
  inclusive?: boolean;
  /** True when the word starts with a capital letter (a proper noun, or a sentence start). */
  capital?: boolean;
}

const FRENCH = new FrenchStemmer();
const STEM_CACHE = new Map<string, [string, string]>();

/** Lower case, accents removed, œ/æ split. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** French and English stems of a folded word (cached: ads repeat words). */
export function stems(norm: string): [string, string] {
  const cached = STEM_CACHE.get(norm);
  if (cached) return cached;
  const pair: [string, string] = [FRENCH.stem(norm), stemEnglish(norm)];
  if (STEM_CACHE.size < 20_000) STEM_CACHE.set(norm, pair);
  return pair;
}

/** Number words that often stand for an age. */
const NUMBER_WORDS: Record<string, number> = {
  seize: 16,
  dix: 10,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
};

const LETTER = /\p{L}/u;
/** ASCII letters answer without the Unicode regular expression (most of the text). */
const isLetter = (char: string) => {
  const code = char.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 128) return false;
  return LETTER.test(char);
};
const isDigit = (char: string) => char >= '0' && char <= '9';
const APOSTROPHE = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
const INCLUSIVE_MARK = new Set(['·', '•', '.', '-', '/']);

/** Endings written after an inclusive mark: « ·e », « ·es », « ·se », « ·rice », « (e)s ». */
const INCLUSIVE_ENDINGS = new Set([
  'e',
  'es',
  's',
  'se',
  'ses',
  'euse',
  'euses',
  'rice',
  'rices',
  'trice',
  'trices',
  'ice',
  'ices',
  'ne',
  'nes',
  'le',
  'les',
  'te',
  'tes',
  're',
  'ere',
  'ère',
  'ève',
  've',
  'ive',
  'ives',
  'fe',
  'ffe',
]);

/** Reads a run of letters from `index`; returns its end. */
function lettersEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && isLetter(text.charAt(end))) end += 1;
  return end;
}

/**
 * Length of an inclusive suffix starting at `index` (right after a word), or 0: « (e) »,
 * « (e)s », « ·e », « ·e·s », « .e », « -e », « /e ». A mark followed by a longer word is not one.
 */
function inclusiveSuffix(text: string, index: number): number {
  let cursor = index;
  let matched = false;
  for (let round = 0; round < 2; round += 1) {
    const mark = text.charAt(cursor);
    if (mark === '(') {
      const end = lettersEnd(text, cursor + 1);
      if (text.charAt(end) !== ')' || !INCLUSIVE_ENDINGS.has(text.slice(cursor + 1, end))) break;
      cursor = end + 1;
      matched = true;
      continue;
    }
    if (!INCLUSIVE_MARK.has(mark)) break;
    const end = lettersEnd(text, cursor + 1);
    const ending = text.slice(cursor + 1, end).toLowerCase();
    if (!INCLUSIVE_ENDINGS.has(ending)) break;
    // « .e » must not be a sentence end followed by a word: the letters must stop the word.
    if (mark === '.' && ending.length > 3) break;
    cursor = end;
    matched = true;
  }
  if (matched && isLetter(text.charAt(cursor))) {
    // « (e)s »: a plural letter right after the bracket.
    const end = lettersEnd(text, cursor);
    if (end - cursor <= 2) cursor = end;
  }
  return matched ? cursor - index : 0;
}

/** Splits `text` into tokens. Linear in the length of the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (isLetter(char)) {
      const end = lettersEnd(text, index);
      const suffix = inclusiveSuffix(text, end);
      const norm = foldWord(text.slice(index, end));
      const [fr, en] = stems(norm);
      const token: Token = { kind: 'word', start: index, end: end + suffix, norm, fr, en };
      const spelled = NUMBER_WORDS[norm];
      if (spelled !== undefined) token.value = spelled;
      if (suffix > 0) token.inclusive = true;
      if (char !== char.toLowerCase()) token.capital = true;
      tokens.push(token);
      index = end + suffix;
      continue;
    }
    if (isDigit(char)) {
      let end = index;
      while (end < text.length && isDigit(text.charAt(end))) end += 1;
      // A decimal part (« 1,70 », "1.70") belongs to the number.
      if ((text.charAt(end) === ',' || text.charAt(end) === '.') && isDigit(text.charAt(end + 1))) {
        end += 1;
        while (end < text.length && isDigit(text.charAt(end))) end += 1;
      }
      const raw = text.slice(index, end).replace(',', '.');
      tokens.push({
        kind: 'number',
        start: index,
        end,
        norm: raw,
        fr: raw,
        en: raw,
        value: Number(raw),
      });
      index = end;
      continue;
    }
    if (/\s/u.test(char)) {
      index += 1;
      continue;
    }
    const norm = APOSTROPHE.has(char) ? "'" : char === '–' || char === '—' ? '-' : char;
    tokens.push({ kind: 'punct', start: index, end: index + 1, norm, fr: norm, en: norm });
    index += 1;
  }
  return tokens;
}

/** Marks that end a sentence. */
const SENTENCE_END = new Set(['.', '!', '?', ';', '\n']);

/** A sentence: a slice `[from, to)` of a token list. */
export interface Sentence {
  from: number;
  to: number;
}

/**
 * Longest run of tokens treated as one sentence. Real sentences are far shorter; cutting an
 * endless run keeps every per-sentence step bounded, so a 64 KB field without a full stop costs
 * time in proportion to its length, not to its square.
 */
export const MAX_SENTENCE_TOKENS = 120;

/** Splits a token list into sentences at . ! ? ; and line breaks (and every 120 tokens). */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    const lineBreak = next !== undefined && text.slice(token.end, next.start).includes('\n');
    const tooLong = index + 1 - from >= MAX_SENTENCE_TOKENS;
    if ((token.kind === 'punct' && SENTENCE_END.has(token.norm)) || lineBreak || tooLong) {
      if (index + 1 > from) sentences.push({ from, to: index + 1 });
      from = index + 1;
    }
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length });
  return sentences;
}
