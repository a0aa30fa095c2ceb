/**
 * Measuring and wrapping text, independent of pdf-lib so it can be tested with any measure.
 * French typography: words are split on ASCII spaces, tabs and line breaks only, so a no-break
 * space (U+00A0) or a narrow no-break space (U+202F), as in « 12 500 € » or « Objectif : », never
 * breaks a line.
 */

/** Width in points of a piece of text, for one font at one size. */
export type MeasureText = (text: string) => number;

/** Anything that measures text like a pdf-lib `PDFFont`. */
export interface MeasurableFont {
  widthOfTextAtSize(text: string, size: number): number;
}

/** Breakable whitespace: NOT `\s`, which would also match NBSP and NNBSP. */
const BREAKABLE_SPACE = /[ \t\r]+/;

/**
 * Width caches shared by every render in the process, keyed by the font's bytes. pdf-lib shapes
 * the whole string on every `widthOfTextAtSize` call (about 2.5 ms each with Inter), so measuring
 * each word once makes long documents several times faster (tech notes §4).
 */
const WIDTH_CACHES = new WeakMap<object, Map<string, number>>();

/**
 * A measure function for `font` at `size` that caches word widths under `cacheKey` (the font's
 * bytes, which outlive the per-document `PDFFont`).
 */
export function createMeasure(font: MeasurableFont, size: number, cacheKey: object): MeasureText {
  let cache = WIDTH_CACHES.get(cacheKey);
  if (!cache) {
    cache = new Map();
    WIDTH_CACHES.set(cacheKey, cache);
  }
  const widths = cache;
  return (text) => {
    const key = `${size}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = font.widthOfTextAtSize(text, size);
      widths.set(key, width);
    }
    return width;
  };
}

/** Splits a word wider than `maxWidth` into pieces that fit, character by character. */
function splitLongWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of word) {
    if (current !== '' && measure(current + char) > maxWidth) {
      pieces.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * Wraps `text` into lines no wider than `maxWidth`. `\n` forces a break; an empty input gives no
 * lines; a word wider than the line is cut where it must be.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  const spaceWidth = measure(' ');
  for (const hardLine of text.split('\n')) {
    const words = hardLine.split(BREAKABLE_SPACE).filter((word) => word !== '');
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line === '' && wordWidth > maxWidth) {
        const pieces = splitLongWord(word, maxWidth, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        lineWidth = measure(line);
      } else if (line === '') {
        line = word;
        lineWidth = wordWidth;
      } else if (lineWidth + spaceWidth + wordWidth <= maxWidth) {
        line += ` ${word}`;
        lineWidth += spaceWidth + wordWidth;
      } else {
        lines.push(line);
        if (wordWidth > maxWidth) {
          const pieces = splitLongWord(word, maxWidth, measure);
          lines.push(...pieces.slice(0, -1));
          line = pieces.at(-1) ?? '';
          lineWidth = measure(line);
        } else {
          line = word;
          lineWidth = wordWidth;
        }
      }
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}
