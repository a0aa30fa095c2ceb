/**
 * Simulated respondents for the self-assessment (issue 13, point 7). Each honest respondent has a
 * true level per skill (a latent trait); their answers follow it with noise. Careless respondents
 * follow a pattern instead. Everything is drawn from one seeded generator, so a run is repeatable.
 *
 * Assumptions, stated so they can be argued with:
 * - True levels: a general factor plus a skill-specific part (correlation between skills ≈ 0.3),
 *   spread over the whole 1–4 scale (θ from about 0.6 to 4.4).
 * - Honest answers aim at the value the scoring expects for the true level (the middle of the
 *   level's band, `expectedValue`), plus a personal self-flattering tendency (mean +0.15 on the
 *   1–5 scale), a personal agreement tendency (sd 0.15) and item noise (sd 0.75) — about what
 *   self-report reliabilities of .70–.80 imply for four-item scales.
 * - Scenario choices follow the true level too: the option whose points best match it is the most
 *   likely, neighbours less so (a softmax over the distance, sharpness 1.6).
 * - Attentive people read at 180–300 words a minute and take 1.5–4 s to answer an item; they fail
 *   an attention item 0.5 % of the time (a slip of the finger).
 * The simulation therefore measures how noise and careless patterns disturb the result, not
 * whether the anchors themselves are right: that needs real answers.
 */
import type {
  AnswerValue,
  AssessmentCatalog,
  OptionId,
  Questionnaire,
  QuestionnaireItem,
} from '../../src/domain/assessment/index.ts';
import {
  agreementOrder,
  DECLARED_LEVEL_VALUE,
  itemsOfType,
  optionOrder,
} from '../../src/domain/assessment/index.ts';

/** A seeded random source (mulberry32) with a normal draw. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  normal(mean = 0, sd = 1): number {
    const u = Math.max(this.next(), 1e-12);
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** The careless patterns the issue names, plus patterns the scoring was not designed around. */
export const CARELESS_PATTERNS = [
  'random',
  'straight-lining',
  'acquiescent',
  'speeder',
  'faker',
  'longest-option',
] as const;
export const UNSEEN_PATTERNS = [
  'alternating-extremes',
  'midpoint-only',
  'repeating-sequence',
  'partial-faker',
  'random-second-half',
  'agree-with-one-five',
  'shortest-option',
] as const;
export type Pattern =
  'honest' | (typeof CARELESS_PATTERNS)[number] | (typeof UNSEEN_PATTERNS)[number];

/** A simulated person: their pattern, true levels (honest part) and what they submit. */
export interface Respondent {
  pattern: Pattern;
  /** True level θ per skill (soft and know-how), on the 1–4 scale, continuous. */
  truth: Record<string, number>;
  answers: Record<string, AnswerValue>;
  elapsedSeconds: number;
  seed: number;
  locale: 'fr' | 'en';
}

/** The 0–1 value the scoring expects from someone of true level θ (middle of each level's band). */
export function expectedValue(theta: number): number {
  const anchors = [0.35, 0.625, 0.775, 0.925];
  if (theta <= 1) return Math.max(0, 0.35 - (1 - theta) * 0.275);
  if (theta >= 4) return Math.min(1, 0.925 + (theta - 4) * 0.15);
  const low = Math.floor(theta);
  const share = theta - low;
  return (anchors[low - 1] ?? 0) * (1 - share) + (anchors[low] ?? 1) * share;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Draws true levels for every soft skill and know-how. */
function drawTruth(catalog: AssessmentCatalog, random: Random): Record<string, number> {
  const general = random.normal();
  const truth: Record<string, number> = {};
  for (const skill of catalog.skills) {
    if (skill.kind === 'tool') continue;
    const latent = 0.55 * general + 0.835 * random.normal();
    truth[skill.id] = clamp(2.5 + 0.85 * latent, 0.6, 4.4);
  }
  return truth;
}

/** What a person sees: option texts in their locale. */
function optionTexts(catalog: AssessmentCatalog, scenarioId: string, locale: 'fr' | 'en') {
  const scenario = catalog.scenarios.find((s) => s.id === scenarioId);
  return new Map(scenario?.options.map((o) => [o.id, { text: o.text[locale], points: o.points }]));
}

/** The honest answer to one item, given true levels and personal tendencies. */
function honestAnswer(
  item: QuestionnaireItem,
  context: {
    catalog: AssessmentCatalog;
    truth: Record<string, number>;
    random: Random;
    flattery: number;
    agreement: number;
    seed: number;
    noise: number;
  },
): AnswerValue {
  const { random, truth } = context;
  if (item.type === 'statement') {
    const keyed = 1 + 4 * expectedValue(truth[item.skill] ?? 2.5) + context.flattery;
    const raw = (item.reverse ? 6 - keyed : keyed) + context.agreement;
    return clamp(Math.round(raw + random.normal(0, context.noise)), 1, 5);
  }
  if (item.type === 'check') {
    if (item.purpose === 'attention') {
      return random.next() < 0.005 ? random.int(1, 5) : (item.expected ?? 1);
    }
    return clamp(
      Math.round(2 + context.flattery + context.agreement + random.normal(0, 0.9)),
      1,
      4,
    );
  }
  if (item.type === 'scenario') {
    const theta =
      item.skills.reduce((sum, skill) => sum + (truth[skill] ?? 2.5), 0) / item.skills.length;
    const target = 3 * expectedValue(theta);
    const options = optionTexts(context.catalog, item.id, 'fr');
    const ids = optionOrder(item.id, context.seed);
    const weights = ids.map((id) =>
      Math.exp(-1.6 * Math.abs((options.get(id)?.points ?? 0) - target)),
    );
    const total = weights.reduce((s, w) => s + w, 0);
    let draw = random.next() * total;
    for (const [index, id] of ids.entries()) {
      draw -= weights[index] ?? 0;
      if (draw <= 0) return id;
    }
    return ids[ids.length - 1] as OptionId;
  }
  if (item.type === 'practice') {
    const value = expectedValue(truth[item.id] ?? 2.5) + 0.05 * context.flattery;
    const nearest = DECLARED_LEVEL_VALUE.map((v, level) => ({ level, gap: Math.abs(v - value) }))
      .filter((entry) => entry.level > 0)
      .sort((a, b) => a.gap - b.gap)[0];
    return clamp(Math.round((nearest?.level ?? 2) + random.normal(0, 0.45)), 0, 4);
  }
  return clamp(Math.round(random.normal(2.3, 1.1)), 0, 4);
}

/** Seconds an attentive person takes: reading at their pace plus a moment to answer each item. */
function attentiveSeconds(
  questionnaire: Questionnaire,
  locale: 'fr' | 'en',
  random: Random,
): number {
  const wordsPerSecond = clamp(random.normal(4, 0.5), 3, 5);
  return Math.round(
    questionnaire.items.reduce(
      (sum, item) => sum + item.words[locale] / wordsPerSecond + 1.5 + 2.5 * random.next(),
      0,
    ),
  );
}

/** A value in an item's format, at random. */
function randomAnswer(item: QuestionnaireItem, random: Random): AnswerValue {
  if (item.type === 'scenario') return random.pick(['a', 'b', 'c', 'd'] as const);
  if (item.type === 'practice' || item.type === 'tool') return random.int(0, 4);
  return random.int(1, 5);
}

/** The option with the longest (or shortest) text as this person sees it. */
function optionByLength(
  catalog: AssessmentCatalog,
  scenarioId: string,
  locale: 'fr' | 'en',
  longest: boolean,
): OptionId {
  const options = [...optionTexts(catalog, scenarioId, locale).entries()].sort(
    (a, b) => (longest ? -1 : 1) * (a[1].text.length - b[1].text.length),
  );
  return options[0]?.[0] ?? 'a';
}

/** One simulated respondent following a pattern. */
export function simulateRespondent(
  catalog: AssessmentCatalog,
  questionnaire: Questionnaire,
  pattern: Pattern,
  random: Random,
  options: { truth?: Record<string, number> | undefined; noise?: number | undefined } = {},
): Respondent {
  const seed = random.int(1, 4_294_967_295);
  const locale = random.next() < 0.5 ? 'fr' : 'en';
  const truth = options.truth ?? drawTruth(catalog, random);
  const context = {
    catalog,
    truth,
    random,
    flattery: random.normal(0.15, 0.2),
    agreement: random.normal(0, 0.15),
    seed,
    noise: options.noise ?? 0.75,
  };
  const answers: Record<string, AnswerValue> = {};
  const honest = (item: QuestionnaireItem) => honestAnswer(item, context);
  let elapsedSeconds = attentiveSeconds(questionnaire, locale, random);
  const seen = agreementOrder(questionnaire, seed);
  const position = new Map(seen.map((item, index) => [item.id, index]));
  const straightValue = random.int(1, 5);
  const straightPosition = random.int(0, 3);
  const fakedSkills = new Set(Object.keys(truth).filter(() => random.next() < 0.5));

  for (const item of questionnaire.items) {
    const agreement = item.type === 'statement' || item.type === 'check';
    switch (pattern) {
      case 'honest':
        answers[item.id] = honest(item);
        break;
      case 'random':
        answers[item.id] = randomAnswer(item, random);
        break;
      case 'straight-lining':
        answers[item.id] =
          item.type === 'scenario'
            ? (optionOrder(item.id, seed)[straightPosition] as OptionId)
            : item.type === 'practice' || item.type === 'tool'
              ? Math.min(4, straightValue)
              : straightValue;
        break;
      case 'acquiescent': {
        const base = honest(item);
        answers[item.id] =
          agreement && typeof base === 'number' ? clamp(Math.round(base + 1.6), 1, 5) : base;
        if (item.type === 'check' && item.purpose === 'attention')
          answers[item.id] = item.expected ?? 1;
        break;
      }
      case 'speeder':
        answers[item.id] = random.next() < 0.5 ? honest(item) : randomAnswer(item, random);
        break;
      case 'faker':
        answers[item.id] =
          item.type === 'statement'
            ? item.reverse
              ? 1
              : 5
            : item.type === 'check'
              ? item.purpose === 'attention'
                ? (item.expected ?? 1)
                : random.next() < 0.8
                  ? 5
                  : 4
              : item.type === 'practice' || item.type === 'tool'
                ? 4
                : honest(item);
        break;
      case 'longest-option':
      case 'shortest-option':
        answers[item.id] =
          item.type === 'scenario'
            ? optionByLength(catalog, item.id, locale, pattern === 'longest-option')
            : randomAnswer(item, random);
        break;
      case 'alternating-extremes':
        answers[item.id] = agreement
          ? (position.get(item.id) ?? 0) % 2 === 0
            ? 1
            : 5
          : item.type === 'scenario'
            ? random.pick(['a', 'b', 'c', 'd'] as const)
            : random.pick([0, 4]);
        break;
      case 'midpoint-only':
        answers[item.id] = agreement ? 3 : item.type === 'scenario' ? honest(item) : 2;
        break;
      case 'repeating-sequence':
        answers[item.id] = agreement
          ? ((position.get(item.id) ?? 0) % 5) + 1
          : item.type === 'scenario'
            ? (optionOrder(item.id, seed)[0] as OptionId)
            : (position.get(item.id) ?? 0) % 5;
        break;
      case 'partial-faker':
        answers[item.id] =
          item.type === 'statement' && fakedSkills.has(item.skill)
            ? item.reverse
              ? 1
              : 5
            : item.type === 'practice' && fakedSkills.has(item.id)
              ? 4
              : honest(item);
        break;
      case 'random-second-half':
        answers[item.id] =
          agreement && (position.get(item.id) ?? 0) > seen.length / 2
            ? randomAnswer(item, random)
            : honest(item);
        break;
      case 'agree-with-one-five':
        answers[item.id] = agreement ? 4 : item.type === 'scenario' ? honest(item) : 3;
        break;
    }
  }
  if (pattern === 'agree-with-one-five') {
    const one = seen[random.int(0, seen.length - 1)];
    if (one) answers[one.id] = 5;
  }
  if (pattern === 'speeder') {
    elapsedSeconds = Math.round(
      questionnaire.items.reduce(
        (sum, item) => sum + item.words[locale] / clamp(random.normal(18, 5), 10, 40) + 0.4,
        0,
      ),
    );
  }
  return { pattern, truth, answers, elapsedSeconds, seed, locale };
}

/** Item counts by type, for the report's heading. */
export function describeQuestionnaire(questionnaire: Questionnaire): string {
  const types = ['statement', 'check', 'scenario', 'practice', 'tool'] as const;
  return types.map((type) => `${itemsOfType(questionnaire, type).length} ${type}`).join(', ');
}
