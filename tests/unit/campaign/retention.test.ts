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
/** Open, its last day 28 February 2027: it ends at midnight UTC, 1 March. */
const OPEN = { retention, endsOn: '2027-02-28' };
/** Closed early on 15 December 2026 at noon (closing makes that day the last one). */
const CLOSED = { retention, endsOn: '2026-12-15', closedAt: '2026-12-15T12:00:00.000Z' };
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

  test('an undecided candidate counts as not hired from the campaign’s end, closed or not', () => {
    const undecided: RetainedCandidate = { share: {} };
    // Nobody closed it: its last day ends it, and the 3 months run from there.
    expect(iso(deletionDate(OPEN, undecided))).toBe('2027-06-01T00:00:00.000Z');
    expect(dueForDeletion(new Date('2027-05-31T00:00:00.000Z'), OPEN, undecided)).toBe(false);
    expect(dueForDeletion(new Date('2027-06-02T00:00:00.000Z'), OPEN, undecided)).toBe(true);
    // Closed early: from the close.
    expect(iso(deletionDate(CLOSED, undecided))).toBe('2027-03-15T12:00:00.000Z');
    expect(dueForDeletion(new Date('2027-03-14T12:00:00.000Z'), CLOSED, undecided)).toBe(false);
    expect(dueForDeletion(new Date('2027-03-16T12:00:00.000Z'), CLOSED, undecided)).toBe(true);
  });

  test('moving the last day moves the undecided candidate’s deletion with it', () => {
    const undecided: RetainedCandidate = { share: {} };
    const later = { ...OPEN, endsOn: '2027-06-30' };
    expect(iso(deletionDate(later, undecided))).toBe('2027-10-01T00:00:00.000Z');
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
    const short = { ...OPEN, retention: { notHiredMonths: 1, talentPoolMonths: 6 } };
    expect(iso(deletionDate(short, rejected))).toBe('2027-01-01T08:00:00.000Z');
  });

  test('the hired candidate’s copy goes with the campaign', () => {
    const hired: RetainedCandidate = {
      share: {},
      decision: { outcome: 'hired', decidedAt: '2026-12-10T08:00:00.000Z' },
    };
    expect(iso(deletionDate(CLOSED, hired))).toBe('2027-03-15T12:00:00.000Z');
    // Still open: with the campaign, from its planned end.
    expect(iso(deletionDate(OPEN, hired))).toBe('2027-06-01T00:00:00.000Z');
  });
});

describe('campaignDeletionDate', () => {
  test('a campaign nobody closed is deleted after its last day plus the retention', () => {
    expect(iso(campaignDeletionDate(OPEN, []))).toBe('2027-06-01T00:00:00.000Z');
    expect(campaignDueForDeletion(new Date('2027-05-31T00:00:00.000Z'), OPEN, [])).toBe(false);
    expect(campaignDueForDeletion(new Date('2027-06-02T00:00:00.000Z'), OPEN, [])).toBe(true);
  });

  test('a closed campaign goes after its end plus the retention, or when its last pool candidate goes', () => {
    expect(iso(campaignDeletionDate(CLOSED, []))).toBe('2027-03-15T12:00:00.000Z');
    expect(campaignDueForDeletion(new Date('2027-03-14T12:00:00.000Z'), CLOSED, [])).toBe(false);
    expect(campaignDueForDeletion(new Date('2027-03-16T12:00:00.000Z'), CLOSED, [])).toBe(true);
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
