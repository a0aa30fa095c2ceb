import { CUES, type CueSet } from './ground-cues.ts';
import {
  compileLexicon,
  findMatches,
  guardHolds,
  mayMatch,
  tokenKeys,
  type CompiledEntry,
  type LexiconLanguage,
} from './ground-grammar.ts';
import { EN_GROUND_LEXICON } from './ground-lexicon-en.ts';
import { isWaived } from './ground-waiver.ts';
import { FR_GROUND_LEXICON } from './ground-lexicon-fr.ts';
import { CONCEPT_LABELS, groundOf, type Concept } from './grounds.ts';
import type { Finding, Severity } from './findings.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import type { ReferenceId } from './references.ts';
import type { AnalysedSentence, AnalysedText } from './text-analysis.ts';
import type { Token } from './text-tokens.ts';

/**
 * Finds criteria based on a protected ground. A rule is a small grammar: a ground's words (the
 * lexicons) + a requirement or exclusion cue or the person sought (the cues) + a scope that is not
 * the company, a product, an audience or a mission's topic. Each finding names the ground as the
 * law of the job's place lists it, cites only that law, and points at the exact words.
 */

const LEXICONS: Record<LexiconLanguage, CompiledEntry[]> = {
  fr: compileLexicon(FR_GROUND_LEXICON, 'fr'),
  en: compileLexicon(EN_GROUND_LEXICON, 'en'),
};

/**
 * Entries by the keys of their first required word, so a sentence only tries the entries whose
 * words it contains (plus the few that start with a number or a wildcard).
 */
interface LexiconIndex {
  byKey: Map<string, number[]>;
  always: number[];
}

function indexLexicon(entries: CompiledEntry[]): LexiconIndex {
  const index: LexiconIndex = { byKey: new Map(), always: [] };
  entries.forEach((entry, position) => {
    const keyed = entry.compiled.items.find((item) => !item.optional && item.keys);
    if (!keyed?.keys) {
      index.always.push(position);
      return;
    }
    for (const key of keyed.keys) {
      const list = index.byKey.get(key) ?? [];
      list.push(position);
      index.byKey.set(key, list);
    }
  });
  return index;
}

const INDEXES: Record<LexiconLanguage, LexiconIndex> = {
  fr: indexLexicon(LEXICONS.fr),
  en: indexLexicon(LEXICONS.en),
};

/** The entries worth trying on a sentence whose token keys are `keys`, in lexicon order. */
function entriesFor(language: LexiconLanguage, keys: ReadonlySet<string>): CompiledEntry[] {
  const index = INDEXES[language];
  const positions = new Set(index.always);
  for (const key of keys)
    for (const position of index.byKey.get(key) ?? []) positions.add(position);
  return [...positions]
    .sort((a, b) => a - b)
    .map((position) => LEXICONS[language][position] as CompiledEntry);
}

/** How far back (in tokens) a company, product or audience word governs a ground's words. */
const ANCHOR_WINDOW = 6;

/** Punctuation that closes a phrase for the anchor window. */
const PHRASE_BREAK = new Set([',', ':', '(', ')', '«', '»', '"', '—']);

/** Clitics and negation skipped between « vous » and its verb. */
const CLITICS = new Set([
  'ne',
  'n',
  "'",
  'y',
  'en',
  'le',
  'la',
  'les',
  'l',
  'vous',
  'nous',
  'not',
  'also',
  'will',
  'll',
  'shall',
  'would',
  'also',
]);

/** Nouns for people in general: « des personnes sur l’aide sociale » is about them. */
const PEOPLE = new Set([
  'personne',
  'personnes',
  'gens',
  'ceux',
  'celles',
  'people',
  'persons',
  'those',
]);

/** Words ending like an infinitive that often open a sentence. */
const NOT_INFINITIVES = new Set(
  'votre notre entre autre autres contre etre leur lettre titre centre membre chiffre offre ordre nombre cadre premier dernier hier cher mer'.split(
    ' ',
  ),
);

/** What the sentence around a match says about the person sought. */
interface SentenceContext {
  /** A requirement or exclusion cue, outside the ground's own words. */
  cue: boolean;
  /** The person sought is named or addressed as such (« vous êtes », « le profil »). */
  person: boolean;
  /** The sentence describes a task (« vous animerez », "you will write"). */
  mission: boolean;
  openness: boolean;
  ageException: boolean;
  occupational: boolean;
  /** The sentence says the law sets the condition, or ties it to the job. */
  lawful: boolean;
}

function tokenAt(tokens: Token[], index: number, sentence: AnalysedSentence): Token | undefined {
  return index >= sentence.from && index < sentence.to ? tokens[index] : undefined;
}

/** The verb after « vous » / "you" (skipping clitics), or undefined. */
function verbAfterYou(
  tokens: Token[],
  index: number,
  sentence: AnalysedSentence,
): Token | undefined {
  for (let cursor = index + 1; cursor < Math.min(sentence.to, index + 5); cursor += 1) {
    const token = tokens[cursor] as Token;
    if (token.kind !== 'word' && token.norm !== "'") return undefined;
    if (!CLITICS.has(token.norm)) return token;
  }
  return undefined;
}

/** Reads the context of `sentence`, leaving out the tokens `[skipFrom, skipTo)` of the match. */
/** What a sentence says, read once; `contextFor` then answers for one match cheaply. */
interface SentenceReading {
  contextFor: (start: number, end: number) => SentenceContext;
}

/** Reads a sentence once: cue positions, openness, exceptions, the person and tasks by clause. */
function readSentence(
  tokens: Token[],
  sentence: AnalysedSentence,
  cues: CueSet,
  language: LexiconLanguage,
): SentenceReading {
  const cueSpans: [number, number][] = [];
  let restrictive = false;
  let ageException = false;
  let occupational = false;
  // Clause number of each token, and whether each clause names the person or a task.
  const clauseOf: number[] = [];
  const clausePerson: boolean[] = [false];
  const clauseMission: boolean[] = [false];
  let clause = 0;
  for (let index = sentence.from; index < sentence.to; index += 1) {
    const token = tokens[index] as Token;
    clauseOf.push(clause);
    if (cues.requirement(token)) cueSpans.push([index, index + 1]);
    if (cues.restrictive(token)) restrictive = true;
    if (cues.ageException(token)) ageException = true;
    if (cues.occupational(token)) occupational = true;
    if (cues.personNoun(token)) clausePerson[clause] = true;
    if (cues.you(token)) {
      const verb = verbAfterYou(tokens, index, sentence);
      if (verb && cues.profileVerb(verb)) clausePerson[clause] = true;
      else if (verb && isMissionVerb(tokens, index, verb, language)) clauseMission[clause] = true;
    }
    if (isClauseBreak(tokens, index, cues)) {
      clause += 1;
      clausePerson.push(false);
      clauseMission.push(false);
    }
  }
  for (const phrase of cues.requirementPhrases)
    cueSpans.push(...findMatches(phrase, tokens, sentence.from, sentence.to));
  let openness = false;
  if (!restrictive) {
    for (const phrase of cues.openness) {
      for (const [start] of findMatches(phrase, tokens, sentence.from, sentence.to)) {
        const before = tokenAt(tokens, start - 1, sentence);
        if (!(before && cues.negation(before))) openness = true;
      }
    }
  }
  const lawful = cues.lawful.some(
    (phrase) => findMatches(phrase, tokens, sentence.from, sentence.to).length > 0,
  );
  const sentencePerson = clausePerson.some(Boolean);
  const sentenceMission = clauseMission.some(Boolean);
  // A task given as an infinitive at the start (« Rédiger des contenus sur… »).
  const first = tokens[sentence.from];
  const infinitive =
    language === 'fr' &&
    first !== undefined &&
    first.kind === 'word' &&
    /(?:er|ir|re)$/.test(first.norm) &&
    !NOT_INFINITIVES.has(first.norm) &&
    !cues.requirement(first) &&
    !cues.personNoun(first);
  return {
    contextFor(start, end) {
      const at = clauseOf[start - sentence.from] ?? 0;
      let mission = clauseMission[at] ?? false;
      let person = clausePerson[at] ?? false;
      // The person named elsewhere in the sentence counts unless this clause is a task.
      if (sentencePerson && !mission) person = true;
      if (sentenceMission && !sentencePerson) mission = true;
      if (infinitive) mission = true;
      // A cue inside the ground's own words (« sans » of « sans domicile ») is not a cue.
      const cue = cueSpans.some(([from, to]) => to <= start || from >= end);
      return { cue, person, mission, openness, ageException, occupational, lawful };
    },
  };
}

/** True when the token at `index` ends a clause: , ; : or « et » / "and" before « vous » / "you". */
function isClauseBreak(tokens: Token[], index: number, cues: CueSet): boolean {
  const token = tokens[index] as Token;
  if (token.kind === 'punct' && (token.norm === ',' || token.norm === ':' || token.norm === ';'))
    return true;
  const next = tokens[index + 1];
  return (token.norm === 'et' || token.norm === 'and') && next !== undefined && cues.you(next);
}

/** « vous animerez », "you will write": a task, not a trait of the person. */
function isMissionVerb(
  tokens: Token[],
  youIndex: number,
  verb: Token,
  language: LexiconLanguage,
): boolean {
  if (language === 'fr') return verb.norm.endsWith('ez');
  const between = tokens.slice(youIndex + 1, tokens.indexOf(verb)).map((token) => token.norm);
  return between.includes('will') || between.includes('ll') || /^[a-z]+$/.test(verb.norm);
}

/** True when a company, product, audience or topic word governs the match. */
function isAnchored(
  tokens: Token[],
  start: number,
  sentence: AnalysedSentence,
  cues: CueSet,
): boolean {
  for (
    let cursor = start - 1;
    cursor >= Math.max(sentence.from, start - ANCHOR_WINDOW);
    cursor -= 1
  ) {
    const token = tokens[cursor] as Token;
    if (token.kind === 'punct' && PHRASE_BREAK.has(token.norm)) return false;
    if (cues.personNoun(token) || cues.you(token)) return false;
    // « en lien avec les élus du CSE », "about mental health": someone else, or a topic.
    const previous = cursor > sentence.from ? tokens[cursor - 1] : undefined;
    const aboutPerson =
      previous !== undefined && (cues.personNoun(previous) || PEOPLE.has(previous.norm));
    if (cursor >= start - 3 && cues.relation(token) && !aboutPerson) {
      const negated = [cursor - 1, cursor - 2].some((index) => {
        const before = index >= sentence.from ? tokens[index] : undefined;
        return before !== undefined && cues.negation(before);
      });
      if (!negated) return true;
    }
    if (token.norm === 'ni' || token.norm === 'ou' || token.norm === 'or' || token.norm === 'nor')
      return false;
    if (cues.anchor(token)) {
      // « vous êtes membre d’un parti »: the noun is said of the person, not of an audience.
      const said = [cursor - 1, cursor - 2, cursor - 3, cursor - 4, cursor - 5].some((index) => {
        const before = index >= sentence.from ? tokens[index] : undefined;
        return (
          before !== undefined &&
          (cues.you(before) || cues.personNoun(before) || PEOPLE.has(before.norm))
        );
      });
      return !said;
    }
  }
  return false;
}

/** Grounds on which the law itself sets checks an ad may state. */
const LAW_SETS = new Set<Concept>(['nationality', 'criminal-record', 'disability', 'health']);

/** Possessives of the person addressed. */
const YOURS = new Set(['votre', 'vos', 'ton', 'ta', 'tes', 'your']);

/** True when the match opens with « votre » / "your". */
function isYours(tokens: Token[], start: number): boolean {
  return YOURS.has((tokens[start] as Token).norm);
}

/** A ground's words found as a criterion. */
export interface GroundHit {
  field: string;
  concept: Concept;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  exception?: 'age-law' | 'occupational';
}

/** Whether a match in this context is a criterion on the person, and how serious. */
function judge(
  entry: CompiledEntry,
  context: SentenceContext,
  role: AnalysedText['role'],
): Severity | undefined {
  if (context.openness) return undefined;
  if (role === 'company') {
    if (!(context.person && (context.cue || entry.strength === 'strong'))) return undefined;
  } else if (role === 'title' || role === 'place' || role === 'requirement') {
    // Every word there is about the job or the person.
  } else if (entry.strength === 'strong') {
    if (context.mission && !context.cue) return undefined;
  } else if (!(context.cue || (context.person && !context.mission))) {
    return undefined;
  }
  return entry.indirect ? 'warning' : 'error';
}

const HITS = new WeakMap<AnalysedText[], GroundHit[]>();

/** Every ground hit in the analysed texts, one per field and concept; computed once per analysis. */
export function findGroundHits(texts: AnalysedText[]): GroundHit[] {
  const cached = HITS.get(texts);
  if (cached) return cached;
  const hits = scanGroundHits(texts);
  HITS.set(texts, hits);
  return hits;
}

function scanGroundHits(texts: AnalysedText[]): GroundHit[] {
  const hits: GroundHit[] = [];
  for (const text of texts) {
    const seen = new Map<Concept, GroundHit>();
    for (const sentence of text.sentences) {
      const language: LexiconLanguage = sentence.language === 'en' ? 'en' : 'fr';
      const cues = CUES[language];
      const bounds = { from: sentence.from, to: sentence.to };
      const candidates: { entry: CompiledEntry; start: number; end: number }[] = [];
      const keys = new Set(text.tokens.slice(sentence.from, sentence.to).flatMap(tokenKeys));
      for (const entry of entriesFor(language, keys)) {
        if (!mayMatch(entry.compiled, keys)) continue;
        for (const [start, end] of findMatches(
          entry.compiled,
          text.tokens,
          sentence.from,
          sentence.to,
        )) {
          if (guardHolds(entry.before, text.tokens, start, 'before', bounds)) continue;
          if (guardHolds(entry.after, text.tokens, end, 'after', bounds)) continue;
          candidates.push({ entry, start, end });
        }
      }
      // Words inside a longer phrase of another ground belong to that phrase (« née homme » is
      // about gender identity, « homme » alone is not a second finding).
      const kept = candidates.filter(
        (candidate) =>
          !candidates.some(
            (other) =>
              other.entry.concept !== candidate.entry.concept &&
              other.start <= candidate.start &&
              other.end >= candidate.end &&
              other.end - other.start > candidate.end - candidate.start,
          ),
      );
      const reading =
        kept.length > 0 ? readSentence(text.tokens, sentence, cues, language) : undefined;
      if (reading) {
        for (const { entry, start, end } of kept) {
          const concepts = [entry.concept, ...(entry.also ?? [])];
          // A concept already found as an error in this field needs no second look.
          if (concepts.every((concept) => seen.get(concept)?.severity === 'error')) continue;
          if (
            text.role !== 'title' &&
            text.role !== 'place' &&
            isAnchored(text.tokens, start, sentence, cues)
          )
            continue;
          if (isWaived(text.tokens, start, end, sentence, language, text.role)) continue;
          const context = reading.contextFor(start, end);
          // An entry that opens with « votre » (« votre génération ») names the reader's own trait,
          // whatever the verb around it.
          if (isYours(text.tokens, start)) {
            context.person = true;
            context.mission = false;
          }
          const severity = judge(entry, context, text.role);
          if (!severity) continue;
          const first = text.tokens[start] as Token;
          const last = text.tokens[end - 1] as Token;
          for (const concept of [entry.concept, ...(entry.also ?? [])]) {
            // A check the law sets (right to work, a record check tied to the job, the work
            // doctor's visit, a legal derogation for disabled workers) is no criterion; an age the
            // law sets stays visible as information below. No law sets a sex, an origin or a faith.
            if (LAW_SETS.has(concept) && context.lawful) continue;
            const exception =
              concept === 'age' && context.ageException
                ? 'age-law'
                : (concept === 'sex' || concept === 'appearance' || concept === 'age') &&
                    context.occupational
                  ? 'occupational'
                  : undefined;
            const hit: GroundHit = {
              field: text.field,
              concept,
              severity: exception ? 'info' : severity,
              start: first.start,
              end: last.end,
              excerpt: text.text.slice(first.start, last.end),
              ...(exception ? { exception } : {}),
            };
            const previous = seen.get(concept);
            // Keep the most serious hit of a concept in a field.
            if (!previous || rank(hit.severity) < rank(previous.severity)) seen.set(concept, hit);
          }
        }
      }
    }
    hits.push(...seen.values());
  }
  return hits;
}

const rank = (severity: Severity) => (severity === 'error' ? 0 : severity === 'warning' ? 1 : 2);

/** References of a legal exception in a jurisdiction. */
const EXCEPTION_REFERENCES: Record<
  'age-law' | 'occupational',
  Partial<Record<Jurisdiction, ReferenceId[]>>
> = {
  'age-law': { FR: ['fr-l6222-1', 'fr-l5321-2'], QC: ['qc-charter-10'] },
  occupational: { FR: ['fr-l1133-1'], QC: ['qc-charter-20'] },
};

/** The findings for the hits, as the law of `jurisdiction` names them. */
export function groundFindings(hits: GroundHit[], jurisdiction: Jurisdiction): Finding[] {
  const findings: Finding[] = [];
  for (const hit of hits) {
    const legal = groundOf(hit.concept, jurisdiction);
    const supported = jurisdiction === 'FR' || jurisdiction === 'QC';
    if (supported && !legal) continue; // Not a ground there (a criminal record in France).
    const reported = legal?.reported ?? hit.concept;
    const label = legal ? legal.ground.label : CONCEPT_LABELS[hit.concept];
    const excerpt = hit.excerpt;
    const severity: Severity = supported
      ? hit.severity
      : hit.severity === 'error'
        ? 'warning'
        : hit.severity;
    const references: ReferenceId[] = hit.exception
      ? (EXCEPTION_REFERENCES[hit.exception][jurisdiction] ?? [])
      : (legal?.ground.references ?? []);
    const message = hit.exception
      ? {
          fr: `« ${excerpt} » pose une condition liée à ${label.fr} : admis seulement parce que la loi la fixe ou que l’emploi l’exige vraiment.`,
          en: `"${excerpt}" sets a condition on ${label.en}: allowed only because the law sets it or the job genuinely requires it.`,
        }
      : supported
        ? {
            fr: `« ${excerpt} » est un critère lié à un motif interdit : ${label.fr}.`,
            en: `"${excerpt}" is a criterion based on a prohibited ground: ${label.en}.`,
          }
        : {
            fr: `« ${excerpt} » est un critère lié à ${label.fr}, interdit dans la plupart des pays.`,
            en: `"${excerpt}" is a criterion based on ${label.en}, prohibited in most countries.`,
          };
    findings.push({
      id: `discriminatory-term:${hit.field}:${reported}`,
      rule: 'discriminatory-term',
      severity,
      field: hit.field,
      ground: reported,
      start: hit.start,
      end: hit.end,
      excerpt,
      message,
      fix: hit.exception
        ? {
            fr: 'Citez la règle qui fixe la condition (par exemple l’article L6222-1 pour l’apprentissage) et ne dites rien de plus.',
            en: 'Quote the rule that sets the condition (e.g. the apprenticeship age rule) and say nothing more.',
          }
        : {
            fr: 'Supprimez ce critère ; décrivez le travail et les compétences qu’il demande.',
            en: 'Remove this criterion; describe the work and the skills it needs.',
          },
      references,
    });
  }
  return findings;
}
