import type { ResponseFlagKind } from '../../../domain/content/interview.ts';
import type { Recommendation } from '../../../domain/campaign/schemas.ts';
import type { DecisionOutcome } from '../../../domain/campaign/schemas.ts';
import type { MessageKey } from './messages.ts';

/** The string of each decision, caution and recommendation (the guide's own wording). */
export const DECISION_KEY: Record<DecisionOutcome, MessageKey> = {
  hired: 'campaign.decision.hired',
  rejected: 'campaign.decision.rejected',
  'talent-pool': 'campaign.decision.talentPool',
};

export const FLAG_KEY: Record<ResponseFlagKind, MessageKey> = {
  inconsistent: 'campaign.flag.inconsistent',
  'too-good': 'campaign.flag.tooGood',
  careless: 'campaign.flag.careless',
};

export const RECOMMENDATION_KEY: Record<Recommendation, MessageKey> = {
  'strong-no': 'campaign.recommendation.strongNo',
  no: 'campaign.recommendation.no',
  yes: 'campaign.recommendation.yes',
  'strong-yes': 'campaign.recommendation.strongYes',
};

export const CONFIDENCE_KEY: Record<'high' | 'medium' | 'low', MessageKey> = {
  high: 'campaignRecruiter.confidence.high',
  medium: 'campaignRecruiter.confidence.medium',
  low: 'campaignRecruiter.confidence.low',
};

export const KIND_KEY: Record<'soft' | 'know-how' | 'tool', MessageKey> = {
  soft: 'campaignRecruiter.kind.soft',
  'know-how': 'campaignRecruiter.kind.knowHow',
  tool: 'campaignRecruiter.kind.tool',
};

export const WEIGHT_KEY: Record<'mandatory' | 'relative', MessageKey> = {
  mandatory: 'campaignRecruiter.weight.mandatory',
  relative: 'campaignRecruiter.weight.relative',
};
