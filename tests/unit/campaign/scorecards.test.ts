import { describe, expect, test } from 'vitest';
import {
  aggregateScorecards,
  anonymousLabel,
  canSeeOthersRatings,
  CompetencyModelSchema,
  decisionProblem,
  missingRatings,
  ScorecardSchema,
  type ScorecardInput,
} from '../../../src/domain/campaign/index.ts';

/** The value, or a failed test naming what was missing. */
function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

const MODEL = CompetencyModelSchema.parse([
  { skill: 'empathy', level: 3, weight: 'mandatory' },
  { skill: 'writing', level: 3, weight: 'mandatory' },
  { skill: 'reporting', level: 2, weight: 'relative' },
]);

const NOW = '2026-11-30T10:00:00.000Z';

function card(
  interviewerId: string,
  ratings: Record<string, number>,
  recommendation: 'strong-no' | 'no' | 'yes' | 'strong-yes' | undefined,
  submitted = true,
) {
  return ScorecardSchema.parse({
    id: `card-${interviewerId}`,
    campaignId: 'c1',
    candidateId: 'cand-a',
    interviewerId,
    ratings: Object.entries(ratings).map(([skill, rating]) => ({ skill, rating })),
    ...(recommendation ? { recommendation } : {}),
    ...(submitted ? { submittedAt: NOW } : {}),
  } satisfies ScorecardInput);
}

describe('aggregateScorecards', () => {
  test('finds a disagreement when two interviewers rate 1 and 4', () => {
    const result = aggregateScorecards(MODEL, [
      card('i1', { empathy: 1, writing: 3, reporting: 2 }, 'no'),
      card('i2', { empathy: 4, writing: 3, reporting: 2 }, 'yes'),
    ]);
    const empathy = defined(
      result.competencies.find((c) => c.skill === 'empathy'),
      'item',
    );
    expect(empathy).toMatchObject({ ratings: [1, 4], mean: 2.5, spread: 3 });
    expect(empathy.disagreement).toEqual(['spread', 'crosses-required']);
    const writing = defined(
      result.competencies.find((c) => c.skill === 'writing'),
      'item',
    );
    expect(writing).toMatchObject({ mean: 3, spread: 0, disagreement: [] });
    expect(result.recommendationsSplit).toBe(true);
  });

  test('ratings two points apart above the bar are a disagreement on spread alone', () => {
    const result = aggregateScorecards(MODEL, [
      card('i1', { reporting: 2 }, 'yes'),
      card('i2', { reporting: 4 }, 'strong-yes'),
    ]);
    const reporting = result.competencies.find((c) => c.skill === 'reporting');
    expect(reporting?.disagreement).toEqual(['spread']);
  });

  test('ratings one point apart that straddle the required level are a disagreement', () => {
    const result = aggregateScorecards(MODEL, [
      card('i1', { empathy: 2 }, 'yes'),
      card('i2', { empathy: 3 }, 'yes'),
    ]);
    expect(result.competencies[0]?.disagreement).toEqual(['crosses-required']);
  });

  test('ratings one point apart on the same side of the bar are agreement', () => {
    const result = aggregateScorecards(MODEL, [
      card('i1', { empathy: 3 }, 'yes'),
      card('i2', { empathy: 4 }, 'strong-yes'),
    ]);
    expect(result.competencies[0]?.disagreement).toEqual([]);
    expect(result.recommendationsSplit).toBe(false);
  });

  test('counts the recommendations and leaves drafts out', () => {
    const result = aggregateScorecards(MODEL, [
      card('i1', { empathy: 3 }, 'yes'),
      card('i2', { empathy: 4 }, 'strong-yes'),
      card('i3', { empathy: 1 }, 'strong-no', false),
    ]);
    expect(result.submitted).toBe(2);
    expect(result.recommendations).toEqual({ 'strong-no': 0, no: 0, yes: 1, 'strong-yes': 1 });
    expect(result.competencies[0]?.ratings).toEqual([3, 4]);
  });

  test('a competency nobody rated has no mean', () => {
    const result = aggregateScorecards(MODEL, [card('i1', { empathy: 3 }, 'yes')]);
    expect(result.competencies.find((c) => c.skill === 'reporting')).toMatchObject({
      ratings: [],
      mean: null,
      spread: 0,
      disagreement: [],
    });
  });
});

describe('scorecards', () => {
  test('an interviewer sees the others’ ratings only after submitting their own', () => {
    expect(canSeeOthersRatings(undefined)).toBe(false);
    expect(canSeeOthersRatings(card('i1', { empathy: 3 }, 'yes', false))).toBe(false);
    expect(canSeeOthersRatings(card('i1', { empathy: 3 }, 'yes', true))).toBe(true);
  });

  test('a submitted scorecard needs a recommendation; a rating outside 1–4 is refused', () => {
    const base = { id: 'x', campaignId: 'c1', candidateId: 'a', interviewerId: 'i1' };
    const missing = ScorecardSchema.safeParse({ ...base, ratings: [], submittedAt: NOW });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['recommendation']);
    const outOfScale = ScorecardSchema.safeParse({
      ...base,
      ratings: [{ skill: 'empathy', rating: 5 }],
    });
    expect(outOfScale.error?.issues[0]?.path).toEqual(['ratings', 0, 'rating']);
  });

  test('missingRatings names the competencies a scorecard leaves out', () => {
    expect(missingRatings(MODEL, card('i1', { empathy: 3 }, 'yes'))).toEqual([
      'writing',
      'reporting',
    ]);
  });
});

describe('decisions', () => {
  const consent = { givenAt: NOW, textVersion: 'pool-2026-11', locale: 'fr' as const };
  test('the talent pool needs the candidate’s consent', () => {
    const pool = { outcome: 'talent-pool' as const, decidedAt: NOW };
    expect(decisionProblem(pool, {})).toBe('talent-pool-without-consent');
    expect(decisionProblem(pool, { talentPoolConsent: consent })).toBeNull();
    expect(decisionProblem({ outcome: 'rejected', decidedAt: NOW }, {})).toBeNull();
  });

  test('no decision on a candidate who withdrew', () => {
    expect(decisionProblem({ outcome: 'hired', decidedAt: NOW }, { withdrawnAt: NOW })).toBe(
      'withdrawn',
    );
  });
});

describe('anonymousLabel', () => {
  test.each([
    [0, 'fr', 'Candidat·e A'],
    [1, 'fr', 'Candidat·e B'],
    [25, 'en', 'Candidate Z'],
    [26, 'en', 'Candidate AA'],
    [27, 'fr', 'Candidat·e AB'],
  ] as const)('%i in %s is %s', (index, locale, label) => {
    expect(anonymousLabel(index, locale)).toBe(label);
  });

  test('labels stay distinct for many candidates', () => {
    const labels = Array.from({ length: 800 }, (_, i) => anonymousLabel(i, 'en'));
    expect(new Set(labels).size).toBe(800);
  });
});
