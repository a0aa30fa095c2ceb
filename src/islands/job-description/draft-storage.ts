import type { JobDescriptionDraftInput } from '../../domain/job-description/draft.ts';

/** What the browser keeps between visits: the draft and, once saved, its id and edit token. */
export interface StoredDraft {
  values: JobDescriptionDraftInput;
  saved?: { id: string; token: string };
}

const KEY = 'trait-d-union.job-description.v1';

/** The draft kept in this browser, if any (ignores unreadable data). */
export function readStoredDraft(): StoredDraft | undefined {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || !('values' in parsed)) return undefined;
    return parsed as StoredDraft;
  } catch {
    return undefined;
  }
}

/** Keeps the draft in this browser; quietly does nothing when storage is unavailable or full. */
export function writeStoredDraft(draft: StoredDraft): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Private browsing or a full quota: autosave is a convenience, saving on the server still works.
  }
}

/** Forgets the draft kept in this browser. */
export function clearStoredDraft(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
