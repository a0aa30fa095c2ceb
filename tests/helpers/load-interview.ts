import {
  CampaignContentFileSchema,
  InterviewBankSchema,
  type CampaignContentFile,
  type FlagProbesFile,
  type ForbiddenQuestionsFile,
  type RetentionFile,
} from '../../src/domain/content/interview.ts';
import type { InterviewContent } from '../../src/domain/campaign/guide.ts';
import { loadCatalog, loadYamlEntries, loadYamlFolder } from './load-catalog.ts';

/** The interview banks as read from `content/interview/`, with their file names. */
export function loadInterviewBankEntries() {
  return loadYamlEntries('interview', InterviewBankSchema);
}

function campaignFile<T extends CampaignContentFile['type']>(
  type: T,
): Extract<CampaignContentFile, { type: T }> {
  const file = loadYamlFolder('campaign', CampaignContentFileSchema).find((f) => f.type === type);
  if (!file) throw new Error(`content/campaign has no file of type "${type}"`);
  return file as Extract<CampaignContentFile, { type: T }>;
}

/** `content/campaign/forbidden-questions.yaml`. */
export const loadForbidden = (): ForbiddenQuestionsFile => campaignFile('forbidden-questions');
/** `content/campaign/flag-probes.yaml`. */
export const loadFlagProbes = (): FlagProbesFile => campaignFile('flag-probes');
/** `content/campaign/retention.yaml`. */
export const loadRetention = (): RetentionFile => campaignFile('retention');

/** Everything an interview guide is built from, read from the content files like the build does. */
export function loadInterviewContent(): InterviewContent {
  return {
    skills: loadCatalog().skills,
    banks: loadInterviewBankEntries().map((entry) => entry.data),
    flagProbes: loadFlagProbes(),
    forbidden: loadForbidden(),
  };
}
