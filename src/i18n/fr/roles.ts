/** Interface strings of the roles area, in French. */
export const roles = {} as const;
