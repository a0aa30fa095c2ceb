import { z } from 'zod';
import type { RetentionFile } from '../content/interview.ts';
import type { Campaign, CampaignRetention, CandidateShare, Decision } from './schemas.ts';

/**
 * Adds calendar months in UTC; a day that does not exist in the target month falls back to the
 * month's last day (31 January + 1 month = 28 or 29 February) instead of rolling into March, which
 * would keep the data a few days longer than the period allows.
 */
export function addMonths(from: Date | string, months: number): Date {
  const start = new Date(from);
  const target = new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1, 0, 0, 0, 0),
  );
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  target.setUTCHours(
    start.getUTCHours(),
    start.getUTCMinutes(),
    start.getUTCSeconds(),
    start.getUTCMilliseconds(),
  );
  return target;
}

/** The retention a new campaign starts with: the defaults of the retention content. */
export function defaultRetention(rules: RetentionFile): CampaignRetention {
  return {
    notHiredMonths: rules.notHired.defaultMonths,
    talentPoolMonths: rules.talentPool.defaultMonths,
  };
}

/**
 * The schema of the retention a recruiter sets, bounded by the content's maxima (CNIL guide): the
 * form, the endpoint and the tests use this one schema, with a message that names the maximum.
 */
export function campaignRetentionInputSchema(rules: RetentionFile) {
  const months = (max: number) =>
    z
      .number()
      .int()
      .min(1, { error: 'at least 1 month' })
      .max(max, { error: `at most ${max} months (CNIL recruitment guide)` });
  return z.object({
    notHiredMonths: months(rules.notHired.maxMonths).default(rules.notHired.defaultMonths),
    talentPoolMonths: months(rules.talentPool.maxMonths).default(rules.talentPool.defaultMonths),
  });
}

/** A candidate as the retention rules see them: their share and the recruiter's decision. */
export interface RetainedCandidate {
  share: Pick<CandidateShare, 'talentPoolConsent' | 'withdrawnAt' | 'lastContactAt'>;
  decision?: Decision;
}

const latest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates
    .filter((date): date is string => date !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1);

/**
 * When a candidate's data in the campaign must be deleted, or `null` while no date is set yet (the
 * campaign is open and no decision was made). Withdrawn: at once, from the withdrawal. Rejected:
 * the decision plus the not-hired retention. Undecided when the campaign closes: the closing plus
 * that retention. Talent pool: the last active contact (or the decision, if later) plus the pool
 * retention — only while the candidate's pool consent stands; without it, as rejected. Hired: the
 * person's file leaves the campaign for the employer's staff records; the campaign's copy goes
 * with the campaign (its closing plus the not-hired retention), or the decision plus that period
 * while the campaign stays open.
 */
export function deletionDate(
  campaign: Pick<Campaign, 'closedAt' | 'retention'>,
  candidate: RetainedCandidate,
): Date | null {
  const { share, decision } = candidate;
  const { notHiredMonths, talentPoolMonths } = campaign.retention;
  if (share.withdrawnAt) return new Date(share.withdrawnAt);
  if (!decision) {
    return campaign.closedAt ? addMonths(campaign.closedAt, notHiredMonths) : null;
  }
  if (decision.outcome === 'talent-pool' && share.talentPoolConsent) {
    const from = latest([decision.decidedAt, share.lastContactAt]) ?? decision.decidedAt;
    return addMonths(from, talentPoolMonths);
  }
  const from =
    decision.outcome === 'hired'
      ? (latest([decision.decidedAt, campaign.closedAt]) ?? decision.decidedAt)
      : decision.decidedAt;
  return addMonths(from, notHiredMonths);
}

/** Whether a candidate's data is due for deletion at `now`. */
export function dueForDeletion(
  now: Date,
  campaign: Pick<Campaign, 'closedAt' | 'retention'>,
  candidate: RetainedCandidate,
): boolean {
  const date = deletionDate(campaign, candidate);
  return date !== null && date.getTime() <= now.getTime();
}

/**
 * When the campaign as a whole (model, links, scorecards) must be deleted: its closing plus the
 * not-hired retention, or later while a talent-pool candidate still needs it; `null` while open.
 */
export function campaignDeletionDate(
  campaign: Pick<Campaign, 'closedAt' | 'retention'>,
  candidates: readonly RetainedCandidate[],
): Date | null {
  if (!campaign.closedAt) return null;
  const own = addMonths(campaign.closedAt, campaign.retention.notHiredMonths);
  const dates = candidates.flatMap((candidate) => deletionDate(campaign, candidate) ?? []);
  return new Date(Math.max(own.getTime(), ...dates.map((date) => date.getTime())));
}

/** Whether the campaign as a whole is due for deletion at `now`. */
export function campaignDueForDeletion(
  now: Date,
  campaign: Pick<Campaign, 'closedAt' | 'retention'>,
  candidates: readonly RetainedCandidate[],
): boolean {
  const date = campaignDeletionDate(campaign, candidates);
  return date !== null && date.getTime() <= now.getTime();
}
