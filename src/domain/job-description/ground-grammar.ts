import type { Locale } from '../text/index.ts';
import type { Concept } from './grounds.ts';
import { foldWord, stems, type Token } from './text-tokens.ts';

/**
 * A tiny pattern language over tokens, so a lexicon entry names an idea rather than a string.
 * A pattern is a list of items separated by spaces; each item is one token:
 * - `jeune` matches every inflection (same stem in the entry's language: jeune, jeunes);
 * - `=ne` matches that folded form exactly; `nation*` any word starting so;
 * - `#age` a number from 14 to 99 (also « trente »), `#year` 1930–2015, `#n` any number;
 * - `@cap` a capitalised word (a place or a people: « né au Québec »);
 * - `'` `-` `/` `,` `:` punctuation; `a|b` either; a leading `?` makes the item optional;
 *   `~` is any one token.
 * Matching is a left-to-right walk with at most a few optional items: no regular expression, no
 * backtracking blow-up, cost linear in the text.
 */

/** A predicate on one token. */
type Atom = (token: Token) => boolean;

/** One position of a pattern. */
interface Item {
  /** Whether a token fits this position (all the item's alternatives, merged into sets). */
  test: Atom;
  optional: boolean;
  /**
   * Keys a token must have for the item to match (`fr:stem`, `en:stem`, `n:form`), when every
   * atom is a plain word: lets the scanner skip a pattern whose words are absent from a sentence.
   */
  keys?: string[];
}

/** The keys of a token, for the quick pre-check of `Item.keys`. */
export function tokenKeys(token: Token): string[] {
  return [`fr:${token.fr}`, `en:${token.en}`, `n:${token.norm}`];
}

/** Keys of a plain-word atom, or undefined for wildcards, numbers, prefixes, punctuation. */
function atomKeys(source: string, language: LexiconLanguage): string[] | undefined {
  if (/^[~#@]/.test(source) || source.endsWith('*') || /^[^\p{L}\p{N}]$/u.test(source))
    return undefined;
  if (source.startsWith('=')) return [`n:${foldWord(source.slice(1))}`];
  const norm = foldWord(source);
  const [fr, en] = stems(norm);
  return [language === 'fr' ? `fr:${fr}` : `en:${en}`, `n:${norm}`];
}

/** A compiled pattern. */
export interface Pattern {
  source: string;
  items: Item[];
}

/** The language of a lexicon entry: which stem is compared. */
export type LexiconLanguage = Locale;

const isAge = (token: Token) =>
  token.value !== undefined &&
  token.value >= 14 &&
  token.value <= 99 &&
  Number.isInteger(token.value);

function compileAtom(source: string, language: LexiconLanguage): Atom {
  if (source === '~') return () => true;
  if (source === '#age') return isAge;
  if (source === '#year')
    return (token) => (token.value ?? 0) >= 1930 && (token.value ?? 0) <= 2015;
  if (source === '#n') return (token) => token.kind === 'number';
  if (source === '@cap') return (token) => token.kind === 'word' && token.capital === true;
  if (/^[^\p{L}\p{N}]$/u.test(source))
    return (token) => token.kind === 'punct' && token.norm === source;
  if (source.startsWith('=')) {
    const exact = foldWord(source.slice(1));
    return (token) => token.norm === exact;
  }
  if (source.endsWith('*')) {
    const prefix = foldWord(source.slice(0, -1));
    return (token) => token.kind === 'word' && token.norm.startsWith(prefix);
  }
  const norm = foldWord(source);
  const [fr, en] = stems(norm);
  return language === 'fr'
    ? (token) => token.kind === 'word' && (token.fr === fr || token.norm === norm)
    : (token) => token.kind === 'word' && (token.en === en || token.norm === norm);
}

/** Compiles a pattern written in the language above. */
export function compilePattern(source: string, language: LexiconLanguage): Pattern {
  const items = source
    .trim()
    .split(/\s+/)
    .map((raw) => {
      const optional = raw.startsWith('?') && raw.length > 1;
      const body = optional ? raw.slice(1) : raw;
      const sources = body.split('|');
      const keyLists = sources.map((atom) => atomKeys(atom, language));
      const item: Item = { test: compileAlternatives(sources, language), optional };
      if (keyLists.every((keys) => keys !== undefined))
        item.keys = keyLists.flatMap((keys) => keys ?? []);
      return item;
    });
  return { source, items };
}

/** End index (exclusive) of a match of `items[itemIndex…]` starting at `tokenIndex`, or -1. */
function matchFrom(
  items: Item[],
  itemIndex: number,
  tokens: Token[],
  tokenIndex: number,
  to: number,
): number {
  if (itemIndex === items.length) return tokenIndex;
  const item = items[itemIndex] as Item;
  const token = tokens[tokenIndex];
  if (tokenIndex < to && token && item.test(token)) {
    const end = matchFrom(items, itemIndex + 1, tokens, tokenIndex + 1, to);
    if (end >= 0) return end;
  }
  return item.optional ? matchFrom(items, itemIndex + 1, tokens, tokenIndex, to) : -1;
}

/** False when a required word of `pattern` is missing from `keys` (the sentence's token keys). */
export function mayMatch(pattern: Pattern, keys: ReadonlySet<string>): boolean {
  return pattern.items.every(
    (item) => item.optional || !item.keys || item.keys.some((key) => keys.has(key)),
  );
}

/** Every non-overlapping match of `pattern` in `tokens[from, to)`, as [start, end) token indexes. */
export function findMatches(
  pattern: Pattern,
  tokens: Token[],
  from: number,
  to: number,
): [number, number][] {
  const spans: [number, number][] = [];
  let index = from;
  while (index < to) {
    const end = matchFrom(pattern.items, 0, tokens, index, to);
    if (end > index) {
      spans.push([index, end]);
      index = end;
    } else {
      index += 1;
    }
  }
  return spans;
}

/** True when some token of `tokens[from, to)` satisfies the one-item pattern. */
export function anyToken(pattern: Pattern, tokens: Token[], from: number, to: number): boolean {
  return findMatches(pattern, tokens, from, to).length > 0;
}

/** How a lexicon entry relates to a person. */
export type Strength =
  /** The words are a criterion on a person by themselves (« âge maximum », "in their twenties"). */
  | 'strong'
  /** The words name the ground; they are a criterion only with a requirement cue or a person. */
  | 'mention';

/** One entry of a ground lexicon. */
export interface GroundEntry {
  /** The idea it names; `also` lists further ideas the same words carry (« mère »: family, sex). */
  concept: Concept;
  also?: Concept[];
  pattern: string;
  strength: Strength;
  /** An indirect signal (« jeune diplômé ») is a warning, not an error. */
  indirect?: boolean;
  /**
   * Words just before that give the words another sense (« l’enceinte », « club de voile »): a
   * space-separated list of phrases, the words of a phrase joined by `_`; a phrase must end right
   * before the match.
   */
  notBefore?: string;
  /** Same, just after the match (« santé financière », « enceinte connectée »). */
  notAfter?: string;
}

/** Compiled sense exclusions: single words, and phrases that must touch the match. */
export interface SenseGuard {
  words: Atom[];
  phrases: Pattern[];
}

function compileGuard(source: string, language: LexiconLanguage): SenseGuard {
  const guard: SenseGuard = { words: [], phrases: [] };
  for (const phrase of source.trim().split(/\s+/)) {
    const parts = phrase.split('_').filter((part) => part !== '');
    // Guard words are exact forms: stems merge « des » and « de », which must stay apart here.
    const word = parts[0] as string;
    if (parts.length === 1)
      guard.words.push(
        compileAtom(/^[=#~]|\*$|^[^\p{L}]$/u.test(word) ? word : `=${word}`, language),
      );
    else if (parts.length > 1) guard.phrases.push(compilePattern(parts.join(' '), language));
  }
  return guard;
}

/** True when a guard phrase touches the match on `side`. */
export function guardHolds(
  guard: SenseGuard | undefined,
  tokens: Token[],
  edge: number,
  side: 'before' | 'after',
  bounds: { from: number; to: number },
): boolean {
  if (!guard) return false;
  const positions = side === 'before' ? [edge - 1] : [edge];
  for (const position of positions) {
    const token = position >= bounds.from && position < bounds.to ? tokens[position] : undefined;
    if (token && guard.words.some((atom) => atom(token))) return true;
  }
  for (const phrase of guard.phrases) {
    const length = phrase.items.length;
    if (side === 'after') {
      if (matchFrom(phrase.items, 0, tokens, edge, bounds.to) > edge) return true;
    } else {
      const start = edge - length;
      if (start >= bounds.from && matchFrom(phrase.items, 0, tokens, start, edge) === edge)
        return true;
    }
  }
  return false;
}

/** A compiled entry. */
export interface CompiledEntry extends GroundEntry {
  language: LexiconLanguage;
  compiled: Pattern;
  before?: SenseGuard;
  after?: SenseGuard;
}

/** Compiles a lexicon once, at module load. */
export function compileLexicon(
  entries: readonly GroundEntry[],
  language: LexiconLanguage,
): CompiledEntry[] {
  return entries.map((entry) => ({
    ...entry,
    language,
    compiled: compilePattern(entry.pattern, language),
    ...(entry.notBefore ? { before: compileGuard(entry.notBefore, language) } : {}),
    ...(entry.notAfter ? { after: compileGuard(entry.notAfter, language) } : {}),
  }));
}

/**
 * Alternatives compiled to one predicate: plain words and exact forms go into sets (one lookup
 * per token, however many words), the rest (prefixes, numbers, wildcards) stays a short list.
 */
function compileAlternatives(sources: readonly string[], language: LexiconLanguage): Atom {
  const stemSet = new Set<string>();
  const normSet = new Set<string>();
  const others: Atom[] = [];
  for (const source of sources) {
    if (/^[~#@]/.test(source) || source.endsWith('*') || /^[^\p{L}\p{N}]$/u.test(source)) {
      others.push(compileAtom(source, language));
    } else if (source.startsWith('=')) {
      normSet.add(foldWord(source.slice(1)));
    } else {
      const norm = foldWord(source);
      const [fr, en] = stems(norm);
      normSet.add(norm);
      stemSet.add(language === 'fr' ? fr : en);
    }
  }
  return (token) =>
    (token.kind === 'word' &&
      (normSet.has(token.norm) || stemSet.has(language === 'fr' ? token.fr : token.en))) ||
    (others.length > 0 && others.some((atom) => atom(token)));
}

/** A word set compiled to one predicate (cues, anchors). */
export function compileWords(words: string, language: LexiconLanguage): Atom {
  return compileAlternatives(words.trim().split(/\s+/), language);
}
