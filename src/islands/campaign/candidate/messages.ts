import type { campaignCandidate } from '../../../i18n/fr/campaign-candidate.ts';

/** Every interface string of the candidate screens, as the pages hand them to the islands. */
export type CandidateMessages = Record<keyof typeof campaignCandidate, string>;

/** Fills placeholders: the one message formatter (pass the locale for a message with a plural). */
export { formatMessage as fill } from '../../../domain/text/index.ts';
