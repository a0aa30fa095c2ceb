import { z } from 'zod';

/** The key of the wizard's autosave in localStorage (a campaign's invitation passes its own). */
export const STORAGE_KEY = 'trait-d-union.assessment.v1';

/** What the wizard keeps in the browser between visits: form values, position and timing. */
export const WizardProgressSchema = z.object({
  /** Questionnaire version the answers were started on. */
  version: z.string(),
  /** Seed of the statement order, drawn once per session. */
  seed: z.number().int().min(0).max(4_294_967_295),
  /** When the person clicked "start", in ms since the epoch. */
  startedAt: z.number(),
  /** When the person first reached the results; fixes the elapsed time. */
  finishedAt: z.number().optional(),
  /** Radio values by item id, as the forms hold them. */
  values: z.record(z.string(), z.string()),
  /** The optional context step, as the form holds it. */
  context: z.object({ yearsOfExperience: z.string(), sector: z.string(), targetRole: z.string() }),
  /** Index of the current step. */
  step: z.number().int().min(0),
  phase: z.enum(['steps', 'results']),
  /** The private link, once the result was saved with consent. */
  savedLink: z.string().optional(),
});
export type WizardProgress = z.output<typeof WizardProgressSchema>;

/** The saved progress, or undefined when there is none or it is unreadable. */
export function loadProgress(key = STORAGE_KEY): WizardProgress | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return undefined;
    const parsed = WizardProgressSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves progress; a full or blocked storage only loses the autosave, never the session. */
export function saveProgress(progress: WizardProgress, key = STORAGE_KEY): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(progress));
  } catch {
    // Private browsing or a full quota: the wizard keeps working from memory.
  }
}

/** Forgets everything the wizard kept in this browser. */
export function clearProgress(key = STORAGE_KEY): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** A fresh random seed for the statement order. */
export function newSeed(): number {
  return window.crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
