import { francAll } from 'franc-min';
import type { Token } from './text-tokens.ts';

/**
 * The language a piece of text is actually written in, French or English, whatever the posting
 * declares. Long enough texts go to franc (trigram model, restricted to French and English);
 * short ones, where trigrams are unreliable, are decided by counting each language's most common
 * function words. Quoted words (« Join our community! ») stay inside the French sentence around
 * them: detection works on whole sentences and fields, never on single words.
 */

/** `und` when the text is too short or too mixed to tell. */
export type TextLanguage = 'fr' | 'en' | 'und';

const FRENCH_WORDS = new Set(
  'le la les un une des du de d l et ou est sont vous nous votre vos notre nos pour avec dans sur au aux en par qui que ne pas plus ce cette ces son sa ses il elle on leur se etes avez sera poste equipe'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'the a an and or is are you we your our for with in on at of to by who that not this these his her it they their be will have has must role team job'.split(
    ' ',
  ),
);

/** Below this many letters, franc's guess is not used at all. */
const FRANC_MIN_LETTERS = 25;
/** Below this many letters, franc's guess must agree with the function words. */
const SHORT_TEXT_LETTERS = 80;

/** Counts French and English function words among `tokens`. */
function functionWords(tokens: readonly Token[]): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (FRENCH_WORDS.has(token.norm)) fr += 1;
    if (ENGLISH_WORDS.has(token.norm)) en += 1;
  }
  return { fr, en };
}

/** Detects the language of `text` (whose tokens are given, to avoid a second scan). */
export function detectLanguage(text: string, tokens: readonly Token[]): TextLanguage {
  const words = functionWords(tokens);
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  const counted: TextLanguage = words.fr > words.en ? 'fr' : words.en > words.fr ? 'en' : 'und';
  // Short texts: trigrams guess wildly on a few words; function words decide, or nothing does.
  if (letters < SHORT_TEXT_LETTERS) {
    if (
      Math.abs(words.fr - words.en) >= 2 ||
      (words.fr + words.en >= 1 && letters < FRANC_MIN_LETTERS)
    )
      return counted;
    if (counted === 'und') return 'und';
  }
  if (letters >= FRANC_MIN_LETTERS) {
    const [best, second] = francAll(text.slice(0, 2000), { only: ['fra', 'eng'], minLength: 10 });
    if (best && best[0] !== 'und') {
      const guess: TextLanguage = best[0] === 'fra' ? 'fr' : 'en';
      const margin = best[1] - (second?.[1] ?? 0);
      // A weak trigram margin is overruled by clear function-word evidence.
      const clear: TextLanguage =
        words.fr >= words.en + 2 ? 'fr' : words.en >= words.fr + 2 ? 'en' : 'und';
      if (margin < 0.05 && clear !== 'und') return clear;
      // On a short text, franc must agree with the function words.
      if (letters < SHORT_TEXT_LETTERS && guess !== counted) return 'und';
      return guess;
    }
  }
  if (words.fr + words.en >= 2 && words.fr !== words.en) return words.fr > words.en ? 'fr' : 'en';
  return 'und';
}
