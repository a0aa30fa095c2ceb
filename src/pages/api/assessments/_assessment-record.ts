import { buildQuestionnaire, StoredAssessmentSchema } from '../../../domain/assessment/index.ts';
import type {
  AssessmentCatalog,
  Questionnaire,
  StoredAssessment,
} from '../../../domain/assessment/index.ts';
import { loadCatalog } from '../../../server/catalog.ts';
import { getStore } from '../../../server/store/index.ts';
import type { StoredRecord } from '../../../server/store/index.ts';
import { bearerToken, ID_PATTERN, tokenMatches } from '../../../server/tokens.ts';

/** The collection saved assessments live in. */
export const ASSESSMENTS = 'assessments';

/** The catalogue and the questionnaire built from it (cheap: a few milliseconds). */
export async function loadAssessmentContext(): Promise<{
  catalog: AssessmentCatalog;
  questionnaire: Questionnaire;
}> {
  const catalog = await loadCatalog();
  let questionnaire = questionnaires.get(catalog);
  if (!questionnaire) questionnaires.set(catalog, (questionnaire = buildQuestionnaire(catalog)));
  return { catalog, questionnaire };
}

/** The questionnaire of the process's catalogue, built once (its answer schemas are cached by it). */
const questionnaires = new WeakMap<AssessmentCatalog, Questionnaire>();

/**
 * The saved assessment at `id` if the request's bearer token opens it; undefined for an unknown
 * id, a missing or wrong token, or a record that no longer parses (all answer the same 404).
 */
export async function findOwnedAssessment(
  id: string | undefined,
  request: Request,
): Promise<StoredRecord<StoredAssessment> | undefined> {
  if (!id || !ID_PATTERN.test(id)) return undefined;
  const record = await getStore().get<unknown>(ASSESSMENTS, id);
  if (!record || !tokenMatches(bearerToken(request), record.tokenHash)) return undefined;
  const data = StoredAssessmentSchema.safeParse(record.data);
  return data.success ? { ...record, data: data.data } : undefined;
}

/** Headers of every answer about a saved assessment: private, never cached. */
export { PRIVATE_HEADERS } from '../../../server/http/responses.ts';

/** Whether a saved assessment exists at `id` (the private page answers 404 when it does not). */
export async function assessmentExists(id: string | undefined): Promise<boolean> {
  if (!id || !ID_PATTERN.test(id)) return false;
  return (await getStore().get(ASSESSMENTS, id)) !== undefined;
}
