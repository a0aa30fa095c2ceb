/**
 * French typography for rendered strings (Lexique des règles typographiques de l'Imprimerie
 * nationale, as commonly applied on screen):
 * - a no-break space (U+00A0) before `:` and inside « guillemets »;
 * - a narrow no-break space (U+202F) before `;`, `!` and `?`;
 * - a curly apostrophe ’ instead of a straight one between two letters (« l’équipe »).
 *
 * Left alone: web addresses and e-mail addresses (`https://…?a=1`), inline code between backticks,
 * HTML tags, times and ratios (`10:30`, `1:2`: no space after the colon), and punctuation not
 * followed by a space or the end (`?query`, `&amp;`). Runs like `?!` get one space before the run.
 * The function is idempotent: typeset text passes through unchanged.
 *
 * Where it is applied: the French interface dictionary, once, when it is loaded (`src/i18n`), so
 * every `t()` and every `pickMessages()` string is typeset; French content text (YAML fields and
 * Markdown bodies) when the content is loaded. User input is never rewritten.
 */
export function typesetFrench(text: string): string {
  if (!/[:;!?«»']/.test(text)) return text;
  // Protected stretches are swapped for a private-use character while the rules run, so a mark
  // right after an address (`https://x.fr !`) still sees a word before it.
  const kept: string[] = [];
  const masked = text.replace(PROTECTED, (stretch) => {
    kept.push(stretch);
    return MASK;
  });
  let index = 0;
  return typesetPlain(masked).replace(MASK_ALL, () => kept[index++] ?? '');
}

/** A no-break space, before `:` and inside guillemets. */
export const NBSP = '\u00a0';
/** A narrow no-break space, before `;`, `!`, `?` (and, from `Intl`, between thousands). */
export const NNBSP = '\u202f';

/** Stretches no rule may touch: inline code, HTML tags, web and e-mail addresses. */
const PROTECTED =
  /`[^`\n]*`|<[^<>\n]*>|\b(?:https?|ftp|mailto):[^\s<>"«»]*|\bwww\.[^\s<>"«»]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** Stands for one protected stretch while the rules run (a private-use character). */
const MASK = '\ue000';
const MASK_ALL = /\ue000/gu;

/** Spaces that may sit before a punctuation mark and are replaced by the right one. */
const SPACES = '[ \\t\\u00a0\\u202f]*';

/** What may follow a mark for it to be punctuation rather than part of a token. */
const AFTER = '(?=$|[\\s.,)\\]»"’…<])';

const HIGH_MARKS = new RegExp(`([^\\s!?;:(«\\[])${SPACES}([;!?]+)${AFTER}`, 'gu');
const COLON = new RegExp(`([^\\s!?;:(«\\[])${SPACES}:${AFTER}`, 'gu');
const OPENING_GUILLEMET = new RegExp(`«${SPACES}`, 'gu');
const CLOSING_GUILLEMET = new RegExp(`${SPACES}»`, 'gu');
const APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

function typesetPlain(text: string): string {
  if (text === '') return text;
  return text
    .replace(APOSTROPHE, '’')
    .replace(HIGH_MARKS, `$1${NNBSP}$2`)
    .replace(COLON, `$1${NBSP}:`)
    .replace(OPENING_GUILLEMET, `«${NBSP}`)
    .replace(CLOSING_GUILLEMET, `${NBSP}»`);
}
