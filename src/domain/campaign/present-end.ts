import { utcDay } from './calendar.ts';
import {
  CAMPAIGN_DEFAULT_MONTHS,
  CAMPAIGN_MAX_MONTHS,
  campaignEnd,
  campaignEnded,
  latestEndsOn,
} from './end.ts';
import {
  campaignDeletionDate,
  type RetainedCampaign,
  type RetainedCandidate,
} from './retention.ts';

/** The end of a campaign as the recruiter sees it, with the bounds of a new last day. */
export interface CampaignEndView {
  /** The campaign's last day, `YYYY-MM-DD` (the day of the close when closed early). */
  endsOn: string;
  /** When the campaign ends or ended (ISO instant): the end of its last day, or the early close. */
  endsAt: string;
  /** Whether it counts as closed now: the invitation takes nobody, undecided count as not hired. */
  ended: boolean;
  /** Whether the recruiter closed it before its last day was over. */
  closedEarly: boolean;
  /** A new campaign's length when no day is set, and the most a last day may be ahead. */
  defaultMonths: number;
  maxMonths: number;
  /** The bounds of a last day set now (today, and twelve months ahead), `YYYY-MM-DD`. */
  earliestEndsOn: string;
  latestEndsOn: string;
  /** When the campaign as a whole will be deleted under the current end and retention. */
  deletionDate: string;
}

/** The recruiter's view of a campaign's end at `now`. */
export function presentCampaignEnd(
  campaign: RetainedCampaign,
  candidates: readonly RetainedCandidate[],
  now: Date,
): CampaignEndView {
  const end = campaignEnd(campaign);
  return {
    endsOn: campaign.endsOn,
    endsAt: end.toISOString(),
    ended: campaignEnded(now, campaign),
    closedEarly: campaign.closedAt !== undefined && end.toISOString() === campaign.closedAt,
    defaultMonths: CAMPAIGN_DEFAULT_MONTHS,
    maxMonths: CAMPAIGN_MAX_MONTHS,
    earliestEndsOn: utcDay(now),
    latestEndsOn: latestEndsOn(now),
    deletionDate: campaignDeletionDate(campaign, candidates).toISOString(),
  };
}
