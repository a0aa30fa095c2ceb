/** Interface strings of the hiring campaign's recruiter screens, in French. */
export const campaignRecruiter = {} as const;
