import { describe, expect, test } from 'vitest';
import {
  formValuesOf,
  scorecardFormSchema,
  scorecardRequestOf,
} from '../../../src/islands/campaign/recruiter/scorecard-form.ts';

describe('the scorecard form', () => {
  const model = [{ skill: 'empathy' }, { skill: 'moderation' }];
  const messages = { missingRating: 'rate it', missingRecommendation: 'recommend' };

  test('a draft may leave ratings and the recommendation out; a submission names each one', () => {
    const values = { ...formValuesOf(model, null), ratings: { empathy: '3', moderation: null } };
    expect(scorecardFormSchema(model, 'draft', messages).safeParse(values).success).toBe(true);
    const refused = scorecardFormSchema(model, 'submit', messages).safeParse(values);
    expect(refused.success).toBe(false);
    expect(
      refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message]).sort(),
    ).toEqual([
      ['ratings.moderation', 'rate it'],
      ['recommendation', 'recommend'],
    ]);
  });

  test('the request carries the chosen ratings as numbers with their evidence, trimmed', () => {
    const body = scorecardRequestOf(
      model,
      {
        ratings: { empathy: '4', moderation: null },
        evidence: { empathy: '  Calmed a thread of 200 replies. ', moderation: '' },
        recommendation: 'yes',
      },
      true,
    );
    expect(body).toEqual({
      ratings: [{ skill: 'empathy', rating: 4, evidence: 'Calmed a thread of 200 replies.' }],
      recommendation: 'yes',
      submit: true,
    });
  });

  test('a saved draft fills the form back', () => {
    const values = formValuesOf(model, {
      ratings: [{ skill: 'moderation', rating: 2, evidence: 'Deleted spam fast.' }],
      recommendation: 'no',
      submittedAt: null,
      missing: ['empathy'],
    });
    expect(values).toEqual({
      ratings: { empathy: null, moderation: '2' },
      evidence: { empathy: '', moderation: 'Deleted spam fast.' },
      recommendation: 'no',
    });
  });
});
