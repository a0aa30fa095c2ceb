/** Interface strings of the hiring campaign's candidate screens, in French. */
export const campaignCandidate = {} as const;
