import { z } from 'zod';
import { NormsSampleSchema, StoredAssessmentSchema } from '../../domain/assessment/index.ts';
import type {
  AssessmentSubmission,
  NormsSample,
  StoredAssessment,
} from '../../domain/assessment/index.ts';

/** The parts of `POST /api/assessments`'s answer the wizard uses. */
const SavedSchema = z.object({ id: z.string(), token: z.string(), link: z.string() });

/** The parts of `GET /api/assessments/{id}`'s answer the private page uses. */
const FetchedSchema = z.object({ createdAt: z.string(), assessment: StoredAssessmentSchema });

/** Saves a result with the person's consent; resolves with the private link's parts. */
export async function saveAssessment(
  submission: AssessmentSubmission,
  choices: { name?: string | undefined; norms: boolean },
): Promise<z.output<typeof SavedSchema>> {
  const response = await fetch('/api/assessments', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...submission, ...choices, consent: true }),
  });
  if (response.status !== 201) throw new Error(`save failed (${response.status})`);
  return SavedSchema.parse(await response.json());
}

/** The comparison sample of the current version, or undefined when it cannot be loaded. */
export async function fetchNorms(): Promise<NormsSample | undefined> {
  try {
    const response = await fetch('/api/assessment/norms');
    if (!response.ok) return undefined;
    return NormsSampleSchema.safeParse(await response.json()).data;
  } catch {
    return undefined;
  }
}

/** A saved result as the private page loads it. */
export type FetchedAssessment =
  | { status: 'ok'; createdAt: string; assessment: StoredAssessment }
  | { status: 'not-found' }
  | { status: 'error' };

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Loads a saved result with its token; 404 (unknown id or wrong token) gives `not-found`. */
export async function fetchAssessment(id: string, token: string): Promise<FetchedAssessment> {
  try {
    const response = await fetch(`/api/assessments/${encodeURIComponent(id)}`, {
      headers: auth(token),
    });
    if (response.status === 404) return { status: 'not-found' };
    if (!response.ok) return { status: 'error' };
    const body = FetchedSchema.safeParse(await response.json());
    return body.success ? { status: 'ok', ...body.data } : { status: 'error' };
  } catch {
    return { status: 'error' };
  }
}

/** Downloads a saved result's PDF report, rendered by the server. */
export async function fetchAssessmentPdf(id: string, token: string): Promise<Blob> {
  const response = await fetch(`/api/assessments/${encodeURIComponent(id)}/pdf`, {
    headers: auth(token),
  });
  if (!response.ok) throw new Error(`pdf failed (${response.status})`);
  return response.blob();
}

/** Deletes a saved result; resolves true once it is gone. */
export async function deleteAssessment(id: string, token: string): Promise<boolean> {
  const response = await fetch(`/api/assessments/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: auth(token),
  });
  return response.status === 204;
}
