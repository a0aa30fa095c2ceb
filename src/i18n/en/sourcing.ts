import type { sourcing as fr } from '../fr/sourcing.ts';

/** Interface strings of the sourcing area, in English; keys mirror the French file. */
export const sourcing = {} as const satisfies Record<keyof typeof fr, string>;
