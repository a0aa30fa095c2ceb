/**
 * The « F/H » mark of a job title, written once: two or three of F, H, M, X (any case) joined by
 * slashes, in brackets or standing alone: « (F/H) », « H/F », "(F/M)", « (F / H / X) ». A slash
 * inside a word or an address (`and/or`, `/fr/h`) is not a mark.
 */
export const GENDER_MARK_SOURCE = String.raw`\(\s*[fhmx]\s*\/\s*[fhmx](?:\s*\/\s*[fhmx])?\s*\)|(?<![\p{L}\p{N}/])[fhmx]\s*\/\s*[fhmx](?:\s*\/\s*[fhmx])?(?![\p{L}\p{N}/])`;

/** Whether a text carries an « F/H »-style mark. */
export function hasGenderMark(text: string): boolean {
  return new RegExp(GENDER_MARK_SOURCE, 'iu').test(text);
}

/** The text without its « F/H »-style marks, spaces collapsed: for a sentence or a file name. */
export function withoutGenderMark(text: string): string {
  return text.replace(new RegExp(GENDER_MARK_SOURCE, 'giu'), ' ').replace(/\s+/g, ' ').trim();
}
