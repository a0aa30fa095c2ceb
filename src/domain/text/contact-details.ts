/**
 * What looks like a way to reach a person in free text: an e-mail address (also written with
 * « (at) », « [at] », « arobase ») or a phone number (French, international or North-American
 * forms). Used where the product promises to store nothing that identifies someone.
 */

/** An e-mail address, including the usual spelled-out forms of « @ ». */
const EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:@|＠|[([{]\s*(?:at|arobase)\s*[)\]}]|\s(?:at|arobase)\s)\s*[\p{L}\p{N}-]+(?:\s*(?:\.|[([{]\s*(?:dot|point)\s*[)\]}])\s*[\p{L}\p{N}-]+)+/iu;

/** A run of digits with the separators people put in phone numbers. */
const DIGIT_RUN = /(?:\+|\b00)?\(?\d(?:[\s.\-/()]{0,2}\d)+/g;

function looksLikePhone(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  const international = /^(?:\+|00)/.test(run);
  // 8 digits with a country prefix; otherwise 9 to 15 (a French 0X XX XX XX XX has 10), which
  // leaves out years, amounts, year ranges (2019-2024) and postcodes.
  return international
    ? digits.length >= 8 && digits.length <= 15
    : digits.length >= 9 && digits.length <= 15;
}

/** Which kind of contact detail `text` seems to hold, if any. */
export function findContactDetails(text: string): 'email' | 'phone' | undefined {
  if (EMAIL.test(text)) return 'email';
  for (const match of text.matchAll(DIGIT_RUN)) if (looksLikePhone(match[0])) return 'phone';
  return undefined;
}

/** True when `text` holds nothing that looks like an e-mail address or a phone number. */
export function hasNoContactDetails(text: string): boolean {
  return findContactDetails(text) === undefined;
}
