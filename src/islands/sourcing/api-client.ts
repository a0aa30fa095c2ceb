import type { SourcingView } from '../../domain/sourcing/present.ts';
import type { SourcingInput } from '../../domain/sourcing/input.ts';
import type { Locale } from '../../domain/text/index.ts';

/** Asks the server for an answer (the French employer-cost engine is too heavy for the browser). */
export async function fetchSourcingAnswer(
  input: SourcingInput,
  locale: Locale,
  signal?: AbortSignal,
): Promise<SourcingView> {
  const response = await fetch(`/api/sourcing?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`POST /api/sourcing answered ${response.status}`);
  return (await response.json()) as SourcingView;
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

/** Asks the server for the mission brief of the same inputs, as Markdown or PDF. */
export async function fetchSourcingBrief(
  input: SourcingInput,
  locale: 'fr' | 'en',
  format: 'md' | 'pdf',
): Promise<Blob> {
  const response = await fetch(`/api/sourcing/brief?locale=${locale}&format=${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`POST /api/sourcing/brief answered ${response.status}`);
  return response.blob();
}
