import type { APIRoute } from 'astro';
import {
  wordFileResponse,
  readDraft,
  renderJobDescriptionWord,
} from '../../../../server/job-description/service.ts';

export const prerender = false;

/** `POST /api/job-descriptions/preview/docx` with a draft: the Word file of an unsaved one. */
export const POST: APIRoute = async ({ request }) => {
  const draft = await readDraft(request);
  if (!draft.ok) return draft.response;
  return wordFileResponse(await renderJobDescriptionWord(draft.value));
};
