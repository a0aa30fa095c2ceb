import type { skills as fr } from '../fr/skills.ts';

/** Interface strings of the skills area, in English; keys mirror the French file. */
export const skills = {} as const satisfies Record<keyof typeof fr, string>;
