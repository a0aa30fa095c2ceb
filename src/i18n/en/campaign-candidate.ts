import type { campaignCandidate as fr } from '../fr/campaign-candidate.ts';

/** Interface strings of the hiring campaign's candidate screens, in English. */
export const campaignCandidate = {} as const satisfies Record<keyof typeof fr, string>;
