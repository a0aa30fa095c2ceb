import type { GuideAnswer } from '../../domain/campaign/api-answers.ts';
import { anonymousLabel } from '../../domain/campaign/anonymous.ts';
import { buildInterviewGuide } from '../../domain/campaign/guide.ts';
import { guideProfileOf } from '../../domain/campaign/profile.ts';
import { RecordIdSchema } from '../../domain/campaign/requests.ts';
import { bearerToken } from '../tokens.ts';
import { loadCampaignContent } from './content.ts';
import { openCampaign, type StoredCandidate } from './store.ts';
import { type Outcome } from './access.ts';
import { summaryOf, localeOf } from './views.ts';

/**
 * The interview guide, for the campaign or one candidate, read by the recruiter or an
 * interviewer.
 */

/**
 * `GET /api/campaigns/{id}/guide[?candidate=cid][&locale=]` with the recruiter's or an
 * interviewer's token: the campaign's interview guide, or one candidate's (with probes for their
 * gaps and cautions). 404 for a candidate not in the campaign (or withdrawn).
 */
export async function readGuide(
  id: string | undefined,
  request: Request,
): Promise<Outcome<GuideAnswer>> {
  const url = new URL(request.url);
  const opened = await openCampaign(id, bearerToken(request), [
    { kind: 'recruiter' },
    { kind: 'any-interviewer' },
  ]);
  if (!opened) return undefined;
  const { data } = opened.record;
  const candidateId = url.searchParams.get('candidate');
  const locale = localeOf(request) ?? data.campaign.locale;
  const { interview } = await loadCampaignContent();
  let candidate: StoredCandidate | undefined;
  if (candidateId !== null) {
    if (!RecordIdSchema.safeParse(candidateId).success) return undefined;
    candidate = data.candidates.find((c) => c.id === candidateId);
    if (!candidate) return undefined;
  }
  const guide = buildInterviewGuide(
    interview,
    data.campaign.model,
    data.campaign.jurisdiction,
    locale,
    candidate ? guideProfileOf(candidate.profile) : undefined,
  );
  return {
    campaign: summaryOf(data),
    candidate: candidate
      ? {
          id: candidate.id,
          label: anonymousLabel(candidate.labelIndex, locale),
          name: candidate.revealedAt ? (candidate.displayName ?? null) : null,
        }
      : null,
    guide,
  };
}
