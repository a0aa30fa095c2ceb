import { describe, expect, test } from 'vitest';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import { FILES, REAL_PAYROLL, input } from './helpers.ts';
import { PROFILES } from './profiles.ts';

/**
 * Company profiles with an expert's expected answer (`profiles.ts`). Costs use URSSAF's engine
 * (France) and the 2026 Québec rates; other figures are the sourced defaults.
 */
describe('decideSourcing agrees with an expert on company profiles', () => {
  test('the table holds at least 25 profiles, France and Québec', () => {
    expect(PROFILES.length).toBeGreaterThanOrEqual(25);
    expect(PROFILES.some((profile) => profile.draft.country === 'qc')).toBe(true);
  });

  test.each(PROFILES.map((profile) => [profile.name, profile] as const))('%s', (_name, profile) => {
    const answer = decideSourcing(input(profile.draft), FILES, REAL_PAYROLL);
    const { expected } = profile;
    if (expected.accept === 'no-work') {
      expect(answer.status, expected.why).toBe('no-work');
      expect(answer.recommendation).toBeNull();
      return;
    }
    expect(expected.accept, expected.why).toContain(answer.recommendation);
    if (expected.status) expect(answer.status, expected.why).toBe(expected.status);
    for (const never of expected.never ?? []) expect(answer.recommendation).not.toBe(never);
    // Whatever the status, the plan is never an option the person ruled out.
    expect(answer.options[0]?.severity).not.toBe('excluded');
    expect(answer.options[0]?.reasons.length).toBeGreaterThan(0);
  });
});
