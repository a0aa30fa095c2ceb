import type { JobDescription, JobDescriptionDraft } from '../../domain/job-description/draft.ts';
import { downloadBlob } from '../download.ts';
import { loadValidation } from './load-validation.ts';
import type { SavedAnswer } from './validation.ts';

export type { SavedAnswer };

/** An answer other than the one expected. */
export class ApiClientError extends Error {
  /** HTTP status of the answer. */
  readonly status: number;
  /** The API's error code, e.g. `not_found`. */
  readonly code: string;

  constructor(status: number, code: string) {
    super(`${status} ${code}`);
    this.name = 'ApiClientError';
    this.status = status;
    this.code = code;
  }
}

/** True when a save was refused because someone else saved the description in between (412). */
export function isEditConflict(error: unknown): boolean {
  return error instanceof ApiClientError && error.status === 412;
}

/**
 * The version (`ETag`) of each saved description this browser last read or saved, kept across
 * visits, so that a save says which version it replaces (`If-Match`) and the server refuses it
 * when someone else saved in between.
 */
const VERSIONS_KEY = 'trait-d-union.job-description.versions.v1';
const KEPT_VERSIONS = 50;

function readVersions(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(VERSIONS_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function rememberVersion(id: string, etag: string | null): void {
  if (!etag) return;
  try {
    const versions = Object.entries(readVersions()).filter(([known]) => known !== id);
    versions.push([id, etag]);
    window.localStorage.setItem(
      VERSIONS_KEY,
      JSON.stringify(Object.fromEntries(versions.slice(-KEPT_VERSIONS))),
    );
  } catch {
    // Without storage the save is sent without If-Match, as before.
  }
}

async function readAnswer(response: Response, id?: string): Promise<SavedAnswer> {
  const { ErrorAnswerSchema, SavedAnswerSchema } = await loadValidation();
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // After a conflict, the next save knowingly replaces the version now stored.
    if (response.status === 412 && id) rememberVersion(id, response.headers.get('ETag'));
    const error = ErrorAnswerSchema.safeParse(body);
    throw new ApiClientError(response.status, error.success ? error.data.error : 'unknown');
  }
  const parsed = SavedAnswerSchema.safeParse(body);
  if (!parsed.success) throw new ApiClientError(response.status, 'unexpected_answer');
  rememberVersion(parsed.data.id, response.headers.get('ETag'));
  return parsed.data;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** Saves a new job description; the answer carries the edit token, shown only once. */
export async function createJobDescription(draft: JobDescriptionDraft): Promise<SavedAnswer> {
  return readAnswer(
    await fetch('/api/job-descriptions', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(draft),
    }),
  );
}

/**
 * Replaces a saved job description, with its edit token and the version it was read at
 * (`If-Match`); rejects with a 412 `ApiClientError` (see `isEditConflict`) when someone else
 * saved it in between.
 */
export async function updateJobDescription(
  id: string,
  token: string,
  draft: JobDescriptionDraft,
): Promise<SavedAnswer> {
  const version = readVersions()[id];
  return readAnswer(
    await fetch(`/api/job-descriptions/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: {
        ...JSON_HEADERS,
        Authorization: `Bearer ${token}`,
        ...(version ? { 'If-Match': version } : {}),
      },
      body: JSON.stringify(draft),
    }),
    id,
  );
}

/** Reads a saved job description. */
export async function fetchJobDescription(id: string): Promise<JobDescription> {
  const answer = await readAnswer(
    await fetch(`/api/job-descriptions/${encodeURIComponent(id)}`, {
      headers: { Accept: 'application/json' },
    }),
  );
  return answer.jobDescription;
}

/** Deletes a saved job description, with its edit token; throws unless the server answers 204. */
export async function deleteJobDescription(id: string, token: string): Promise<void> {
  const response = await fetch(`/api/job-descriptions/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status !== 204) throw new ApiClientError(response.status, 'not_deleted');
}

/**
 * Asks the server for the Word file of the description on screen (the `docx` library stays on
 * the server) and offers it as a download under the name the server gives.
 */
export async function downloadJobDescriptionWord(jd: JobDescription): Promise<void> {
  const response = await fetch('/api/job-descriptions/preview/docx', {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(jd),
  });
  if (!response.ok) throw new ApiClientError(response.status, 'not_rendered');
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  downloadBlob(await response.blob(), name?.[1] ?? 'job-description.docx');
}
