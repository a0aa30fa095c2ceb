import { z } from 'zod';
import { addMonths, endOfDay, utcDay } from './calendar.ts';
import type { Campaign } from './schemas.ts';

/**
 * A campaign always ends. It is made with a planned last day (`endsOn`, by default three months
 * ahead, at most twelve), and it ends when that day is over (midnight UTC), or earlier when the
 * recruiter closes it. From its end it counts as closed: the invitation takes nobody new, the
 * candidates still undecided count as not hired, and the retention periods run from it. A campaign
 * nobody closes therefore still ends, and its candidates' data is not kept for ever.
 */

/** The planned length of a new campaign when the recruiter sets none. */
export const CAMPAIGN_DEFAULT_MONTHS = 3;
/** How far ahead a campaign's last day may be set, counted from the day it is set. */
export const CAMPAIGN_MAX_MONTHS = 12;

/** What the end of a campaign depends on: its planned last day and an early close. */
export type CampaignTimes = Pick<Campaign, 'endsOn' | 'closedAt'>;

/** The last day of a campaign made (or reopened) at `now` without a date: three months ahead. */
export function defaultEndsOn(now: Date): string {
  return utcDay(addMonths(now, CAMPAIGN_DEFAULT_MONTHS));
}

/** The latest last day a recruiter may set at `now`: twelve months ahead. */
export function latestEndsOn(now: Date): string {
  return utcDay(addMonths(now, CAMPAIGN_MAX_MONTHS));
}

/**
 * The schema of the last day a recruiter sets at `now` (creation form, `POST` and `PATCH`): a
 * calendar date `YYYY-MM-DD`, not before today (UTC), at most twelve months ahead, with messages
 * that name the bound.
 */
export function campaignEndsOnSchema(now: Date) {
  const earliest = utcDay(now);
  const latest = latestEndsOn(now);
  return z.iso
    .date({ error: 'a date, YYYY-MM-DD' })
    .refine((day) => day >= earliest, { error: `not before today (${earliest})` })
    .refine((day) => day <= latest, {
      error: `at most ${CAMPAIGN_MAX_MONTHS} months ahead (${latest})`,
    });
}

/**
 * When the campaign ends (or ended): the end of its last day, or the recruiter's early close when
 * that came first.
 */
export function campaignEnd(campaign: CampaignTimes): Date {
  const planned = endOfDay(campaign.endsOn);
  if (!campaign.closedAt) return planned;
  const closed = new Date(campaign.closedAt);
  return closed.getTime() < planned.getTime() ? closed : planned;
}

/** Whether the campaign counts as closed at `now`: closed early, or its last day is over. */
export function campaignEnded(now: Date, campaign: CampaignTimes): boolean {
  return campaignEnd(campaign).getTime() <= now.getTime();
}
