/**
 * Accent- and case-insensitive matching that can point back at the original text. The text is
 * folded (lower case, accents removed, œ → oe, curly apostrophes → ', runs of spaces → one
 * space) while keeping, for every folded character, the index of the original character it came
 * from; a match in the folded text is then cut out of the original.
 */

/** Folded text plus the map from each folded index to an original index. */
export interface FoldedText {
  original: string;
  folded: string;
  /** `origin[i]` is the index in `original` of the character that produced `folded[i]`. */
  origin: number[];
}

const SPACES = /[ \t\r\u00a0\u202f\u2007\u2009]/;
const APOSTROPHES = /[’‘ʼ`´]/;
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae' };

/** Folds one character; may return zero, one or two characters. */
function foldChar(char: string): string {
  if (SPACES.test(char)) return ' ';
  if (APOSTROPHES.test(char)) return "'";
  if (char === '–' || char === '—' || char === '‑') return '-';
  const ligature = LIGATURES[char];
  if (ligature) return ligature;
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folds `text` for matching and keeps the way back to the original. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (const out of piece) {
      if (out === ' ' && (folded === '' || folded.endsWith(' ') || folded.endsWith('\n'))) {
        continue;
      }
      folded += out;
      origin.push(index);
    }
    index += char.length;
  }
  return { original: text, folded, origin };
}

/** Folds a string for comparisons where no way back is needed. */
export function fold(text: string): string {
  return foldText(text).folded;
}

/** The original text behind `folded[start, end)`. */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  const from = text.origin[start] ?? 0;
  const lastIndex = text.origin[end - 1] ?? from;
  const lastChar = String.fromCodePoint(text.original.codePointAt(lastIndex) ?? 32);
  return text.original.slice(from, lastIndex + lastChar.length);
}

/** Letters and digits: what a word boundary must not touch. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

/**
 * A global, Unicode regular expression for `source` (written for folded text) that only matches
 * whole words: `jeune` matches « Jeune » and « jeune, » but not « jeunesse ».
 */
export function wordPattern(source: string): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, 'gu');
}

/** Every match of `pattern` (a global regex) in folded text, as [start, end) pairs. */
export function findAll(pattern: RegExp, folded: string): [number, number][] {
  const spans: [number, number][] = [];
  pattern.lastIndex = 0;
  for (const match of folded.matchAll(pattern)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}
