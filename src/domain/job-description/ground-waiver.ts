import { compileWords, type LexiconLanguage } from './ground-grammar.ts';
import type { AnalysedSentence, FieldRole } from './text-analysis.ts';
import type { Token } from './text-tokens.ts';

/**
 * An applicant told *not* to give a piece of information is the good practice the checks
 * recommend, not a criterion: « inutile de joindre une photo », « n’indiquez pas votre âge »,
 * « CV sans photo ni date de naissance », "please do not include a photo". Two shapes:
 * - a request verb (joindre, indiquer, include, attach…) negated or waived before it, with the
 *   ground's words as its object (no condition such as « si vous… » in between);
 * - « sans » / « ni » / "without" / "no" right before the ground's words, in a sentence about
 *   what to send (the how-to-apply text, or a request verb or an application noun before), with
 *   no second negation that
 *   turns it into a requirement (« pas de candidature sans photo », "applications without a photo
 *   will not be considered").
 */

interface WaiverWords {
  /** Words that waive or negate a request (« inutile », « ne », "not", "no need"). */
  waive: (token: Token) => boolean;
  /** Verbs that ask for information or a document. */
  request: (token: Token) => boolean;
  /** Verbs that by themselves say to leave something out (« omettez », "omit", "leave out"). */
  omit: (token: Token) => boolean;
  /** Nouns for what an applicant sends. */
  application: (token: Token) => boolean;
  /** « sans », « ni », "without": the words right after are left out. */
  without: (token: Token) => boolean;
  /** Words that turn what follows into a condition on the person (« si vous… », "if you…"). */
  condition: (token: Token) => boolean;
  /** After a « sans … » phrase, words that make it a requirement again (« ne sera pas lue »). */
  refusal: (token: Token) => boolean;
}

const WORDS: Record<LexiconLanguage, WaiverWords> = {
  fr: {
    waive: compileWords('=ne =n =pas =inutile =besoin =peine =nul =evitez =eviter =jamais', 'fr'),
    request: compileWords(
      '=joindre =joignez =indiquer =indiquez =mentionner =mentionnez =preciser =precisez =fournir =fournissez =envoyer =envoyez =inscrire =inscrivez =mettre =mettez =ajouter =ajoutez =transmettre =transmettez =communiquer =communiquez =declarer =declarez =renseigner =renseignez =figurer',
      'fr',
    ),
    omit: compileWords('=omettez =omettre =retirez =retirer =supprimez =enlevez', 'fr'),
    application: compileWords(
      '=cv =curriculum =candidature =candidatures =dossier =dossiers =lettre =lettres',
      'fr',
    ),
    without: compileWords('=sans =ni', 'fr'),
    condition: compileWords('=si =s =quand =lorsque =sauf =lorsqu', 'fr'),
    refusal: compileWords(
      '=pas =jamais refus* rejet* ecart* exclu* =requis =requise =obligatoire =indispensable exige* irrecevable* incomplet*',
      'fr',
    ),
  },
  en: {
    waive: compileWords('=not =no =never =don =dont =avoid', 'en'),
    request: compileWords(
      '=include =attach =send =provide =state =mention =add =disclose =indicate =put =submit =list =share =give =enclose',
      'en',
    ),
    omit: compileWords('=omit =remove =exclude =redact', 'en'),
    application: compileWords(
      '=cv =cvs =resume =resumes =application =applications =cover =letter',
      'en',
    ),
    without: compileWords('=without =nor', 'en'),
    condition: compileWords('=if =when =unless =whether', 'en'),
    refusal: compileWords(
      '=not =never reject* refus* disqualif* exclude* =required =mandatory =must =incomplete',
      'en',
    ),
  },
};

/** True when the token at `index` says the thing is not needed: « pas besoin », "don't need". */
function needless(
  tokens: Token[],
  index: number,
  sentence: AnalysedSentence,
  language: LexiconLanguage,
): boolean {
  const token = tokens[index] as Token;
  const before = [index - 1, index - 2, index - 3]
    .filter((at) => at >= sentence.from)
    .map((at) => (tokens[at] as Token).norm);
  if (language === 'fr') {
    if (token.norm === 'inutile') return true;
    return token.norm === 'besoin' && before.some((word) => word === 'pas' || word === 'nul');
  }
  return (
    (token.norm === 'need' || token.norm === 'require') &&
    before.some((word) => word === 'no' || word === 'not' || word === 't' || word === 'never')
  );
}

/** How far back (in tokens) a waiver or request word governs a ground's words. */
const WINDOW = 20;

/** True when the words `[start, end)` name information the applicant is told not to give. */
export function isWaived(
  tokens: Token[],
  start: number,
  end: number,
  sentence: AnalysedSentence,
  language: LexiconLanguage,
  role: FieldRole,
): boolean {
  const words = WORDS[language];
  const from = Math.max(sentence.from, start - WINDOW);
  let requestAt = -1;
  for (let cursor = start - 1; cursor >= from; cursor -= 1) {
    const token = tokens[cursor] as Token;
    if (token.kind === 'punct' && (token.norm === ';' || token.norm === ':')) break;
    if (words.condition(token)) return false;
    // « pas besoin de photo », « inutile de … », "we don't need a photo", "no need for".
    if (needless(tokens, cursor, sentence, language)) return true;
    // « omettez votre âge », "leave out your photo".
    if (words.omit(token)) return true;
    const next = tokens[cursor + 1];
    if (token.norm === 'leave' && (next?.norm === 'out' || next?.norm === 'off')) return true;
    if (words.request(token) && requestAt < 0) requestAt = cursor;
    // « n’indiquez pas », « inutile de joindre », "do not include": the waiver before the verb.
    if (requestAt >= 0 && cursor < requestAt && words.waive(token)) return true;
  }
  // « sans photo », « ni date de naissance », "without a photo".
  const near = [start - 1, start - 2, start - 3].filter((index) => index >= sentence.from);
  const withoutAt = near.find((index) => words.without(tokens[index] as Token));
  if (withoutAt === undefined) return false;
  // How to apply is about what to send; elsewhere a request verb or an application noun says so.
  let about = role === 'apply';
  for (let cursor = withoutAt - 1; cursor >= sentence.from; cursor -= 1) {
    const token = tokens[cursor] as Token;
    if (words.condition(token)) return false;
    // A negation before « sans » makes it a requirement: « pas de candidature sans photo ».
    if (words.waive(token) && !words.without(token)) return false;
    if (words.request(token) || words.application(token)) about = true;
  }
  if (!about) return false;
  for (let cursor = end; cursor < sentence.to; cursor += 1)
    if (words.refusal(tokens[cursor] as Token)) return false;
  return true;
}
