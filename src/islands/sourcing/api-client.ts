import type { ApiSourcingAnswer } from '../../domain/sourcing/api-answer.ts';
import type { SourcingInput } from '../../domain/sourcing/input.ts';
import type { Locale } from '../../domain/text/index.ts';

/** Asks the server for an answer (the French employer-cost engine is too heavy for the browser). */
export async function fetchSourcingAnswer(
  input: SourcingInput,
  locale: Locale,
  signal?: AbortSignal,
): Promise<ApiSourcingAnswer> {
  const response = await fetch(`/api/sourcing?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`POST /api/sourcing answered ${response.status}`);
  return (await response.json()) as ApiSourcingAnswer;
}

/** Asks the server for the one-page PDF summary of the same inputs. */
export async function fetchSourcingPdf(input: SourcingInput, locale: Locale): Promise<Blob> {
  const response = await fetch(`/api/sourcing/pdf?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`POST /api/sourcing/pdf answered ${response.status}`);
  return response.blob();
}
