/** Interface strings of the job-description area, in French. */
export const jobDescription = {} as const;
