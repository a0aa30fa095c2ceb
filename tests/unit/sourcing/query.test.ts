import { describe, expect, test } from 'vitest';
import { inputFromQuery, toQueryString } from '../../../src/domain/sourcing/query.ts';
import { input } from './helpers.ts';

describe('query string', () => {
  test('the defaults give an empty query', () => {
    expect(toQueryString(input())).toBe('');
  });

  test('a link carries only what differs and reads back to the same inputs', () => {
    const values = input({
      country: 'qc',
      headcount: 42,
      coverage: 'extended',
      objectives: ['customer-service', 'e-reputation'],
      canTrain: false,
      workloadMode: 'hours',
      hoursPerWeek: 22.5,
      assumptions: { freelanceDayRate: 400, recruitmentFeePercent: 0 },
      weights: { cost: 8, 'outside-view': 0 },
      company: 'Boulangerie Martin',
      transportLevyPercent: 2.95,
      role: 'animator',
    });
    const query = toQueryString(values);
    expect(query).toContain('a.freelanceDayRate=400');
    expect(query).toContain('w.cost=8');
    expect(query).not.toContain('closeness');
    expect(inputFromQuery(`?${query}`)).toEqual(values);
  });

  test('a value edited by hand into nonsense falls back to its default, keeping the rest', () => {
    const values = inputFromQuery(
      '?headcount=-4&coverage=extended&a.freelanceDayRate=abc&w.cost=99&unknown=1',
    );
    expect(values.headcount).toBe(10);
    expect(values.weights).toEqual({});
    expect(values.coverage).toBe('extended');
    expect(values.assumptions).toEqual({});
  });
});

describe('SourcingInputSchema', () => {
  test('an empty budget is refused with the limits, never read as 0 €', async () => {
    const { SourcingInputSchema } = await import('../../../src/domain/sourcing/input.ts');
    const result = SourcingInputSchema.safeParse({ monthlyBudget: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('enter a number from 0 to 1000000');
    expect(SourcingInputSchema.safeParse({ monthlyBudget: '1200' }).data?.monthlyBudget).toBe(1200);
    expect(SourcingInputSchema.safeParse({}).data?.monthlyBudget).toBe(3000);
  });

  test('out-of-range values name the limits', async () => {
    const { SourcingInputSchema } = await import('../../../src/domain/sourcing/input.ts');
    const result = SourcingInputSchema.safeParse({ horizonMonths: 500, weights: { cost: 11 } });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['horizonMonths', 'enter a whole number from 1 to 120'],
      ['weights.cost', 'enter a number from 0 to 10'],
    ]);
  });
});
