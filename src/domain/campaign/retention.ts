import { z } from 'zod';
import type { RetentionFile } from '../content/interview.ts';
import { addMonths } from './calendar.ts';
import { campaignEnd } from './end.ts';
import type { Campaign, CampaignRetention, CandidateShare, Decision } from './schemas.ts';

export { addMonths };

/** What the retention rules read of a campaign: its periods, its planned end and an early close. */
export type RetainedCampaign = Pick<Campaign, 'closedAt' | 'endsOn' | 'retention'>;

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
 * When a candidate's data in the campaign must be deleted. Withdrawn: at once, from the
 * withdrawal. Rejected: the decision plus the not-hired retention. Undecided: the campaign's end
 * (its last day, or the early close) plus that retention — a campaign always ends, so this date is
 * always set, and moves if the recruiter moves the end. Talent pool: the last active contact (or
 * the decision, if later) plus the pool retention — only while the candidate's pool consent
 * stands; without it, as rejected. Hired: the person's file leaves the campaign for the employer's
 * staff records; the campaign's copy goes with the campaign (its end plus the not-hired retention,
 * or the decision plus that period when decided after the end).
 */
export function deletionDate(campaign: RetainedCampaign, candidate: RetainedCandidate): Date {
  const { share, decision } = candidate;
  const { notHiredMonths, talentPoolMonths } = campaign.retention;
  if (share.withdrawnAt) return new Date(share.withdrawnAt);
  const end = campaignEnd(campaign).toISOString();
  if (!decision) return addMonths(end, notHiredMonths);
  if (decision.outcome === 'talent-pool' && share.talentPoolConsent) {
    const from = latest([decision.decidedAt, share.lastContactAt]) ?? decision.decidedAt;
    return addMonths(from, talentPoolMonths);
  }
  const from =
    decision.outcome === 'hired'
      ? (latest([decision.decidedAt, end]) ?? decision.decidedAt)
      : decision.decidedAt;
  return addMonths(from, notHiredMonths);
}

/** Whether a candidate's data is due for deletion at `now`. */
export function dueForDeletion(
  now: Date,
  campaign: RetainedCampaign,
  candidate: RetainedCandidate,
): boolean {
  return deletionDate(campaign, candidate).getTime() <= now.getTime();
}

/**
 * When the campaign as a whole (model, links, scorecards) must be deleted: its end (last day, or
 * early close) plus the not-hired retention, or later while a talent-pool candidate still needs it.
 */
export function campaignDeletionDate(
  campaign: RetainedCampaign,
  candidates: readonly RetainedCandidate[],
): Date {
  const own = addMonths(campaignEnd(campaign), campaign.retention.notHiredMonths);
  const dates = candidates.map((candidate) => deletionDate(campaign, candidate).getTime());
  return new Date(Math.max(own.getTime(), ...dates));
}

/** Whether the campaign as a whole is due for deletion at `now`. */
export function campaignDueForDeletion(
  now: Date,
  campaign: RetainedCampaign,
  candidates: readonly RetainedCandidate[],
): boolean {
  return campaignDeletionDate(campaign, candidates).getTime() <= now.getTime();
}
