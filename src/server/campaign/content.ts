import { getCollection } from 'astro:content';
import type { InterviewContent } from '../../domain/campaign/guide.ts';
import type { SkillInfo } from '../../domain/campaign/present.ts';
import type {
  CampaignContentFile,
  FlagProbesFile,
  ForbiddenQuestionsFile,
  RetentionFile,
} from '../../domain/content/interview.ts';
import { loadCatalog } from '../catalog.ts';

/**
 * The content a campaign reads, once per process: the interview question banks, the campaign
 * rules (questions never to ask, flag probes, retention) and the skills' labels and kinds.
 */
export interface CampaignContent {
  interview: InterviewContent;
  retention: RetentionFile;
  skills: SkillInfo[];
}

function fileOf<T extends CampaignContentFile['type']>(
  files: readonly CampaignContentFile[],
  type: T,
): Extract<CampaignContentFile, { type: T }> {
  const file = files.find((candidate) => candidate.type === type);
  if (!file) throw new Error(`content/campaign has no file of type "${type}"`);
  return file as Extract<CampaignContentFile, { type: T }>;
}

async function readContent(): Promise<CampaignContent> {
  const [catalog, banks, files] = await Promise.all([
    loadCatalog(),
    getCollection('interview'),
    getCollection('campaign'),
  ]);
  const campaignFiles = files.map((entry) => entry.data);
  return {
    interview: {
      skills: catalog.skills,
      banks: banks.map((entry) => entry.data),
      flagProbes: fileOf(campaignFiles, 'flag-probes') satisfies FlagProbesFile,
      forbidden: fileOf(campaignFiles, 'forbidden-questions') satisfies ForbiddenQuestionsFile,
    },
    retention: fileOf(campaignFiles, 'retention'),
    skills: catalog.skills.map((skill) => ({ id: skill.id, label: skill.label, kind: skill.kind })),
  };
}

let cached: Promise<CampaignContent> | undefined;

/** The campaign's content, read once per process from the content collections. */
export function loadCampaignContent(): Promise<CampaignContent> {
  cached ??= readContent().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
