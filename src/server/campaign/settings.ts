import { campaignEndsOnSchema } from '../../domain/campaign/end.ts';
import type { RetentionPatch } from '../../domain/campaign/requests.ts';
import { campaignRetentionInputSchema } from '../../domain/campaign/retention.ts';
import type { CampaignRetention } from '../../domain/campaign/schemas.ts';
import type { RetentionFile } from '../../domain/content/interview.ts';
import { toApiIssues, type ApiIssue } from '../http/api.ts';

/**
 * The recruiter's settings of a campaign as a request sends them, checked against their bounds:
 * the retention (CNIL maxima of the retention content) and the last day (today to twelve months
 * ahead).
 */

/** The retention from a patch, checked against the CNIL bounds of the content (400 otherwise). */
export function retentionFrom(
  rules: RetentionFile,
  base: CampaignRetention,
  patch: RetentionPatch | undefined,
): { ok: true; value: CampaignRetention } | { ok: false; issues: ApiIssue[] } {
  const merged = {
    ...base,
    ...Object.fromEntries(Object.entries(patch ?? {}).filter(([, v]) => v !== undefined)),
  };
  const checked = campaignRetentionInputSchema(rules).safeParse(merged);
  if (!checked.success) {
    return {
      ok: false,
      issues: toApiIssues(checked.error).map((issue) => ({
        ...issue,
        path: `retention.${issue.path}`,
      })),
    };
  }
  return { ok: true, value: checked.data };
}

/** A last day sent at `now`, checked against its bounds (today to twelve months ahead; 400). */
export function endsOnFrom(
  endsOn: string,
  now: Date,
): { ok: true; value: string } | { ok: false; issues: ApiIssue[] } {
  const checked = campaignEndsOnSchema(now).safeParse(endsOn);
  if (checked.success) return { ok: true, value: checked.data };
  return {
    ok: false,
    issues: toApiIssues(checked.error).map((issue) => ({ ...issue, path: 'endsOn' })),
  };
}
