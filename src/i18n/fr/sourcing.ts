/** Interface strings of the sourcing area, in French. */
export const sourcing = {} as const;
