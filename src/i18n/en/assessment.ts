import type { assessment as fr } from '../fr/assessment.ts';

/** Interface strings of the assessment area, in English; keys mirror the French file. */
export const assessment = {} as const satisfies Record<keyof typeof fr, string>;
