import { describe, expect, test } from 'vitest';
import {
  campaignEnd,
  campaignEnded,
  campaignEndsOnSchema,
  defaultEndsOn,
  latestEndsOn,
} from '../../../src/domain/campaign/end.ts';
import { presentCampaignEnd } from '../../../src/domain/campaign/present-end.ts';

/** A fixed clock: the campaign is made on 30 November 2026 at 21:00 UTC. */
const NOW = new Date('2026-11-30T21:00:00.000Z');
const DAY = 86_400_000;
const dayBefore = (at: string) => new Date(Date.parse(at) - DAY);
const dayAfter = (at: string) => new Date(Date.parse(at) + DAY);
const retention = { notHiredMonths: 3, talentPoolMonths: 24 };

describe('a campaign always ends', () => {
  test('a new campaign ends three months ahead by default, and may be set at most twelve ahead', () => {
    // 28 February: 30 February does not exist, the month's last day is taken.
    expect(defaultEndsOn(NOW)).toBe('2027-02-28');
    expect(latestEndsOn(NOW)).toBe('2027-11-30');
  });

  test('a last day is today at the earliest and twelve months ahead at the latest', () => {
    const schema = campaignEndsOnSchema(NOW);
    expect(schema.safeParse('2026-11-30').success).toBe(true);
    expect(schema.safeParse('2027-11-30').success).toBe(true);
    const past = schema.safeParse('2026-11-29');
    expect(past.error?.issues[0]?.message).toMatch(/not before today \(2026-11-30\)/);
    const tooFar = schema.safeParse('2027-12-01');
    expect(tooFar.error?.issues[0]?.message).toMatch(/at most 12 months ahead \(2027-11-30\)/);
    expect(schema.safeParse('2027-02-30').success).toBe(false);
    expect(schema.safeParse('28/02/2027').success).toBe(false);
  });

  test('it ends when its last day is over (midnight UTC), not a day sooner', () => {
    const campaign = { endsOn: '2027-02-28' };
    const end = '2027-03-01T00:00:00.000Z';
    expect(campaignEnd(campaign).toISOString()).toBe(end);
    expect(campaignEnded(dayBefore(end), campaign)).toBe(false);
    expect(campaignEnded(new Date(Date.parse(end) - 1), campaign)).toBe(false);
    expect(campaignEnded(new Date(end), campaign)).toBe(true);
    expect(campaignEnded(dayAfter(end), campaign)).toBe(true);
  });

  test('closing early ends it at the close', () => {
    const closedAt = '2026-12-15T12:00:00.000Z';
    const campaign = { endsOn: '2026-12-15', closedAt };
    expect(campaignEnd(campaign).toISOString()).toBe(closedAt);
    expect(campaignEnded(dayBefore(closedAt), campaign)).toBe(false);
    expect(campaignEnded(dayAfter(closedAt), campaign)).toBe(true);
  });

  test('a close recorded after the last day was over does not move the end later', () => {
    const campaign = { endsOn: '2027-02-28', closedAt: '2027-04-01T09:00:00.000Z' };
    expect(campaignEnd(campaign).toISOString()).toBe('2027-03-01T00:00:00.000Z');
  });
});

describe('the recruiter’s view of the end', () => {
  const campaign = { endsOn: '2027-02-28', retention };

  test('before the end: open, with the bounds of a new last day and the planned deletion', () => {
    expect(presentCampaignEnd(campaign, [], NOW)).toEqual({
      endsOn: '2027-02-28',
      endsAt: '2027-03-01T00:00:00.000Z',
      ended: false,
      closedEarly: false,
      defaultMonths: 3,
      maxMonths: 12,
      earliestEndsOn: '2026-11-30',
      latestEndsOn: '2027-11-30',
      deletionDate: '2027-06-01T00:00:00.000Z',
    });
  });

  test('a day after the last day: ended, not closed early', () => {
    const view = presentCampaignEnd(campaign, [], dayAfter('2027-03-01T00:00:00.000Z'));
    expect(view).toMatchObject({ ended: true, closedEarly: false });
  });

  test('closed early: ended at the close', () => {
    const closed = { ...campaign, endsOn: '2026-12-15', closedAt: '2026-12-15T12:00:00.000Z' };
    const view = presentCampaignEnd(closed, [], dayAfter('2026-12-15T12:00:00.000Z'));
    expect(view).toMatchObject({
      ended: true,
      closedEarly: true,
      endsAt: '2026-12-15T12:00:00.000Z',
      deletionDate: '2027-03-15T12:00:00.000Z',
    });
  });
});
