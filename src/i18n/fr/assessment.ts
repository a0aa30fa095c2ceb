/** Interface strings of the assessment area, in French. */
export const assessment = {} as const;
