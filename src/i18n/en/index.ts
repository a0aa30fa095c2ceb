import type { fr } from '../fr/index.ts';
import { assessment } from './assessment.ts';
import { campaign } from './campaign.ts';
import { campaignCandidate } from './campaign-candidate.ts';
import { campaignRecruiter } from './campaign-recruiter.ts';
import { common } from './common.ts';
import { jobDescription } from './job-description.ts';
import { myItems } from './my-items.ts';
import { roles } from './roles.ts';
import { skills } from './skills.ts';
import { sourcing } from './sourcing.ts';

/** The English interface dictionary; its keys must be exactly the French ones. */
export const en = {
  ...common,
  ...roles,
  ...skills,
  ...jobDescription,
  ...assessment,
  ...sourcing,
  ...campaign,
  ...campaignCandidate,
  ...campaignRecruiter,
  ...myItems,
} as const satisfies Record<keyof typeof fr, string>;
