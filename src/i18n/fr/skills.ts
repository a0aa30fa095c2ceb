/** Interface strings of the skills area, in French. */
export const skills = {} as const;
