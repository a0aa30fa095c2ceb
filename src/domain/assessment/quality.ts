import type { Answers } from './answers.ts';
import { agreementOrder } from './order.ts';
import { itemsOfType } from './questionnaire.ts';
import type { Questionnaire, QuestionnaireItem } from './questionnaire.ts';
import type { Scores } from './scoring.ts';

/**
 * Reading-speed floor: a fast skim, well above the ~240 words a minute of careful silent reading
 * of non-fiction (Brysbaert 2019), so a careful reader never falls under it.
 */
export const SKIM_WORDS_PER_SECOND = 6;

/** Seconds to choose and click an answer once an item is read, added to each item's floor. */
export const SECONDS_TO_ANSWER = 1;

/** Straight-lining: this many identical agreement answers in a row, in the order they were seen. */
export const LONG_STRING_RUN = 12;

/** Straight-lining: this share of the agreement answers on one value. */
export const MODAL_SHARE = 0.6;

/**
 * Inconsistency: the mean spread (standard deviation, 1–5 scale) of the keyed answers within a
 * skill. Honest answers to statements of one skill agree once reversed ones are flipped; random
 * or patterned answers do not.
 */
export const INCONSISTENCY_SPREAD = 1.15;

/** Acquiescence: mean raw agreement over items keyed both ways, per skill, then averaged. */
export const ACQUIESCENCE_HIGH = 3.6;
/** Its mirror: disagreeing with everything, whichever way it is keyed. */
export const ACQUIESCENCE_LOW = 2.2;

/** Impression management: this many "strongly agree" to statements no one can fully endorse. */
export const IMPRESSION_ENDORSED = 2;

/**
 * Claims above choices: over the skills measured both ways, self-report exceeds the scenario
 * choices by this many points (0–100) on average. One skill's gap is noisy (a scenario is one
 * choice); the average over a dozen skills is not, so an honest person rarely reaches it.
 */
export const CLAIM_MEAN_GAP = 18;
/** The skills named in that caution: those whose own gap is at least this large. */
export const CLAIM_SKILL_GAP = 40;

/** A caution about the answers, shown to the person; it lowers the result's confidence. */
export type QualityFlag =
  | { type: 'too-fast'; seconds: number; minimum: number }
  | { type: 'straight-lining'; longestRun: number; modalShare: number; value: number }
  | { type: 'inconsistent'; spread: number; skills: string[] }
  | { type: 'acquiescence'; direction: 'agree' | 'disagree'; index: number }
  | { type: 'attention'; failed: number; total: number }
  | { type: 'impression'; endorsed: number; total: number }
  | { type: 'claims-above-choices'; gap: number; skills: string[] };

/** How much each caution lowers confidence (1: somewhat, 2: a lot). */
export const FLAG_WEIGHT: Record<QualityFlag['type'], number> = {
  'too-fast': 2,
  'straight-lining': 2,
  inconsistent: 2,
  acquiescence: 1,
  attention: 2,
  impression: 1,
  'claims-above-choices': 1,
};

/** How far the result can be trusted, from its cautions. */
export type Confidence = 'high' | 'medium' | 'low';

/** Confidence from the cautions: none → high, weight 1 → medium, 2 or more → low. */
export function confidenceOf(flags: readonly QualityFlag[]): Confidence {
  const weight = flags.reduce((sum, flag) => sum + FLAG_WEIGHT[flag.type], 0);
  return weight === 0 ? 'high' : weight === 1 ? 'medium' : 'low';
}

/** Seconds a fast but real reading of an item takes in a locale (the speed floor). */
export function readingFloorSeconds(item: QuestionnaireItem, locale: 'fr' | 'en'): number {
  return SECONDS_TO_ANSWER + item.words[locale] / SKIM_WORDS_PER_SECOND;
}

const standardDeviation = (values: readonly number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
};
const round2 = (value: number) => Math.round(value * 100) / 100;

/** What the quality checks read besides the questionnaire. */
export interface QualityInput {
  answers: Answers;
  locale: 'fr' | 'en';
  elapsedSeconds?: number | undefined;
  /** The order seed; without it, the questionnaire's own order is read. */
  seed?: number | undefined;
}

/**
 * Answer-quality cautions (Meade & Craig 2012; Curran 2016; Paulhus): total time under the sum
 * of the items' reading floors; long strings of identical answers; inconsistent answers within a
 * skill; agreeing (or disagreeing) whichever way items are keyed; failed attention items; "strongly
 * agree" to statements no one can fully endorse; self-report far above the scenario choices.
 */
export function qualityFlags(
  questionnaire: Questionnaire,
  scores: Pick<Scores, 'skills'>,
  input: QualityInput,
): QualityFlag[] {
  const { answers } = input;
  const flags: QualityFlag[] = [];
  const numberAnswer = (id: string) => {
    const answer = answers[id];
    return typeof answer === 'number' ? answer : undefined;
  };

  const answeredItems = questionnaire.items.filter((item) => answers[item.id] !== undefined);
  const minimum = Math.round(
    answeredItems.reduce((sum, item) => sum + readingFloorSeconds(item, input.locale), 0),
  );
  if (input.elapsedSeconds !== undefined && answeredItems.length > 0) {
    if (input.elapsedSeconds < minimum) {
      flags.push({ type: 'too-fast', seconds: input.elapsedSeconds, minimum });
    }
  }

  const seen = (
    input.seed === undefined
      ? [...itemsOfType(questionnaire, 'statement'), ...itemsOfType(questionnaire, 'check')]
      : agreementOrder(questionnaire, input.seed)
  ).flatMap((item) => {
    const answer = numberAnswer(item.id);
    return answer === undefined ? [] : [answer];
  });
  if (seen.length >= 10) {
    let longestRun = 1;
    let run = 1;
    for (let index = 1; index < seen.length; index += 1) {
      run = seen[index] === seen[index - 1] ? run + 1 : 1;
      longestRun = Math.max(longestRun, run);
    }
    const counts = [1, 2, 3, 4, 5].map((value) => seen.filter((a) => a === value).length);
    const top = Math.max(...counts);
    const modalShare = top / seen.length;
    if (longestRun >= LONG_STRING_RUN || modalShare >= MODAL_SHARE) {
      flags.push({
        type: 'straight-lining',
        longestRun,
        modalShare: round2(modalShare),
        value: counts.indexOf(top) + 1,
      });
    }
  }

  const bySkill = new Map<string, { keyed: number[]; plain: number[]; reverse: number[] }>();
  for (const item of itemsOfType(questionnaire, 'statement')) {
    const answer = numberAnswer(item.id);
    if (answer === undefined) continue;
    const entry = bySkill.get(item.skill) ?? { keyed: [], plain: [], reverse: [] };
    entry.keyed.push(item.reverse ? 6 - answer : answer);
    (item.reverse ? entry.reverse : entry.plain).push(answer);
    bySkill.set(item.skill, entry);
  }
  const spreads = [...bySkill.entries()]
    .filter(([, entry]) => entry.keyed.length >= 2)
    .map(([skill, entry]) => ({ skill, spread: standardDeviation(entry.keyed) }));
  if (spreads.length >= 3) {
    const spread = spreads.reduce((s, e) => s + e.spread, 0) / spreads.length;
    if (spread >= INCONSISTENCY_SPREAD) {
      flags.push({
        type: 'inconsistent',
        spread: round2(spread),
        skills: spreads
          .filter((e) => e.spread >= INCONSISTENCY_SPREAD)
          .map((e) => e.skill)
          .sort(),
      });
    }
  }

  const balanced = [...bySkill.values()].filter((e) => e.plain.length > 0 && e.reverse.length > 0);
  if (balanced.length >= 3) {
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    const index =
      balanced.reduce((sum, e) => sum + (mean(e.plain) + mean(e.reverse)) / 2, 0) / balanced.length;
    if (index >= ACQUIESCENCE_HIGH || index <= ACQUIESCENCE_LOW) {
      flags.push({
        type: 'acquiescence',
        direction: index >= ACQUIESCENCE_HIGH ? 'agree' : 'disagree',
        index: round2(index),
      });
    }
  }

  const checks = itemsOfType(questionnaire, 'check');
  const attention = checks.filter(
    (c) => c.purpose === 'attention' && numberAnswer(c.id) !== undefined,
  );
  const failed = attention.filter((c) => numberAnswer(c.id) !== c.expected).length;
  if (failed > 0) flags.push({ type: 'attention', failed, total: attention.length });
  const impression = checks.filter(
    (c) => c.purpose === 'impression' && numberAnswer(c.id) !== undefined,
  );
  const endorsed = impression.filter((c) => numberAnswer(c.id) === 5).length;
  if (endorsed >= IMPRESSION_ENDORSED) {
    flags.push({ type: 'impression', endorsed, total: impression.length });
  }

  const both = scores.skills.flatMap((s) =>
    s.self !== undefined && s.observed !== undefined
      ? [{ skill: s.skill, gap: s.self - s.observed }]
      : [],
  );
  const meanGap = both.reduce((sum, e) => sum + e.gap, 0) / Math.max(1, both.length);
  if (both.length >= 3 && meanGap >= CLAIM_MEAN_GAP) {
    flags.push({
      type: 'claims-above-choices',
      gap: Math.round(meanGap),
      skills: both
        .filter((e) => e.gap >= CLAIM_SKILL_GAP)
        .map((e) => e.skill)
        .sort(),
    });
  }
  return flags;
}
