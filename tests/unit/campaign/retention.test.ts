import { describe, expect, test } from 'vitest';
import {
  addMonths,
  campaignDeletionDate,
  campaignDueForDeletion,
  campaignRetentionInputSchema,
  defaultRetention,
  deletionDate,
  dueForDeletion,
  type RetainedCandidate,
} from '../../../src/domain/campaign/index.ts';
import { loadRetention } from '../../helpers/load-interview.ts';

const rules = loadRetention();
const retention = defaultRetention(rules);
const OPEN = { retention };
const CLOSED = { retention, closedAt: '2026-12-15T12:00:00.000Z' };
const consent = {
  givenAt: '2026-11-01T09:00:00.000Z',
  textVersion: 'pool-2026-11',
  locale: 'fr' as const,
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('retention rules (CNIL recruitment guide, 2023)', () => {
  test('a new campaign keeps candidates not hired 3 months and the talent pool 24 months', () => {
    expect(retention).toEqual({ notHiredMonths: 3, talentPoolMonths: 24 });
  });

  test('a recruiter may shorten but not exceed the maxima', () => {
    const schema = campaignRetentionInputSchema(rules);
    expect(schema.parse({ notHiredMonths: 1, talentPoolMonths: 12 })).toEqual({
      notHiredMonths: 1,
      talentPoolMonths: 12,
    });
    const tooLong = schema.safeParse({ notHiredMonths: 3, talentPoolMonths: 36 });
    expect(tooLong.error?.issues.map((i) => i.path.join('.'))).toEqual(['talentPoolMonths']);
    expect(tooLong.error?.issues[0]?.message).toMatch(/24 months/);
    expect(schema.parse({})).toEqual({ notHiredMonths: 3, talentPoolMonths: 24 });
  });
});

describe('deletionDate / dueForDeletion', () => {
  const rejected: RetainedCandidate = {
    share: {},
    decision: { outcome: 'rejected', decidedAt: '2026-12-01T08:00:00.000Z' },
  };

  test('a rejected candidate is purged 3 months after the decision, not a day before', () => {
    expect(iso(deletionDate(OPEN, rejected))).toBe('2027-03-01T08:00:00.000Z');
    expect(dueForDeletion(new Date('2027-02-28T23:59:59.000Z'), OPEN, rejected)).toBe(false);
    expect(dueForDeletion(new Date('2027-03-01T08:00:00.000Z'), OPEN, rejected)).toBe(true);
  });

  test('an undecided candidate has no date while the campaign is open, then counts from its end', () => {
    const undecided: RetainedCandidate = { share: {} };
    expect(deletionDate(OPEN, undecided)).toBeNull();
    expect(dueForDeletion(new Date('2040-01-01'), OPEN, undecided)).toBe(false);
    expect(iso(deletionDate(CLOSED, undecided))).toBe('2027-03-15T12:00:00.000Z');
  });

  test('the talent pool keeps a consenting candidate 24 months after the last contact', () => {
    const pool: RetainedCandidate = {
      share: { talentPoolConsent: consent, lastContactAt: '2027-06-10T10:00:00.000Z' },
      decision: { outcome: 'talent-pool', decidedAt: '2026-12-20T10:00:00.000Z' },
    };
    expect(iso(deletionDate(CLOSED, pool))).toBe('2029-06-10T10:00:00.000Z');
    expect(dueForDeletion(new Date('2029-06-09T00:00:00.000Z'), CLOSED, pool)).toBe(false);
    expect(dueForDeletion(new Date('2029-06-10T10:00:00.000Z'), CLOSED, pool)).toBe(true);
  });

  test('without the pool consent, a talent-pool decision is purged like a rejection', () => {
    const noConsent: RetainedCandidate = {
      share: {},
      decision: { outcome: 'talent-pool', decidedAt: '2026-12-01T08:00:00.000Z' },
    };
    expect(iso(deletionDate(OPEN, noConsent))).toBe('2027-03-01T08:00:00.000Z');
  });

  test('a withdrawn share is due at once', () => {
    const withdrawn: RetainedCandidate = { share: { withdrawnAt: '2026-12-02T10:00:00.000Z' } };
    expect(dueForDeletion(new Date('2026-12-02T10:00:00.000Z'), OPEN, withdrawn)).toBe(true);
  });

  test('a shorter retention set by the recruiter purges sooner', () => {
    const short = { retention: { notHiredMonths: 1, talentPoolMonths: 6 } };
    expect(iso(deletionDate(short, rejected))).toBe('2027-01-01T08:00:00.000Z');
  });

  test('the hired candidate’s copy goes with the campaign', () => {
    const hired: RetainedCandidate = {
      share: {},
      decision: { outcome: 'hired', decidedAt: '2026-12-10T08:00:00.000Z' },
    };
    expect(iso(deletionDate(CLOSED, hired))).toBe('2027-03-15T12:00:00.000Z');
  });
});

describe('campaignDeletionDate', () => {
  test('an open campaign is never due', () => {
    expect(campaignDeletionDate(OPEN, [])).toBeNull();
    expect(campaignDueForDeletion(new Date('2100-01-01'), OPEN, [])).toBe(false);
  });

  test('a closed campaign goes after its end plus the retention, or when its last pool candidate goes', () => {
    expect(iso(campaignDeletionDate(CLOSED, []))).toBe('2027-03-15T12:00:00.000Z');
    const pool: RetainedCandidate = {
      share: { talentPoolConsent: consent },
      decision: { outcome: 'talent-pool', decidedAt: '2026-12-20T10:00:00.000Z' },
    };
    expect(iso(campaignDeletionDate(CLOSED, [pool]))).toBe('2028-12-20T10:00:00.000Z');
  });
});

describe('addMonths', () => {
  test.each([
    ['2027-01-31T00:00:00.000Z', 1, '2027-02-28T00:00:00.000Z'],
    ['2028-01-31T00:00:00.000Z', 1, '2028-02-29T00:00:00.000Z'],
    ['2026-11-30T10:00:00.000Z', 3, '2027-02-28T10:00:00.000Z'],
    ['2026-12-15T12:00:00.000Z', 24, '2028-12-15T12:00:00.000Z'],
  ] as const)('%s + %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months).toISOString()).toBe(expected);
  });
});
