import type { roles as fr } from '../fr/roles.ts';

/** Interface strings of the roles area, in English; keys mirror the French file. */
export const roles = {} as const satisfies Record<keyof typeof fr, string>;
