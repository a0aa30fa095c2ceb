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
    });
    const query = toQueryString(values);
    expect(query).toContain('a.freelanceDayRate=400');
    expect(query).not.toContain('closeness');
    expect(inputFromQuery(`?${query}`)).toEqual(values);
  });

  test('a value edited by hand into nonsense falls back to its default, keeping the rest', () => {
    const values = inputFromQuery(
      '?headcount=-4&coverage=extended&a.freelanceDayRate=abc&unknown=1',
    );
    expect(values.headcount).toBe(10);
    expect(values.coverage).toBe('extended');
    expect(values.assumptions).toEqual({});
  });
});
