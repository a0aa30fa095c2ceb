import type { jobDescription as fr } from '../fr/job-description.ts';

/** Interface strings of the job-description area, in English; keys mirror the French file. */
export const jobDescription = {} as const satisfies Record<keyof typeof fr, string>;
