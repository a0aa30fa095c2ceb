import type { campaignRecruiter as fr } from '../fr/campaign-recruiter.ts';

/** Interface strings of the hiring campaign's recruiter screens, in English. */
export const campaignRecruiter = {} as const satisfies Record<keyof typeof fr, string>;
