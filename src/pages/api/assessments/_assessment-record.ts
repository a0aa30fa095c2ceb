import { buildQuestionnaire, StoredAssessmentSchema } from '../../../domain/assessment/index.ts';
import type {
  AssessmentCatalog,
  Questionnaire,
  StoredAssessment,
} from '../../../domain/assessment/index.ts';
import { loadCatalog } from '../../../server/catalog.ts';
import { findOwnedRecord, StorageFault } from '../../../server/store/index.ts';
import type { StoredRecord } from '../../../server/store/index.ts';
import { bearerToken, hashToken, ID_PATTERN } from '../../../server/tokens.ts';

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
 * id or a missing or wrong token (the same 404, with the same work done: no existence oracle).
 * A record that no longer parses is a server fault (500), not a missing record.
 */
export async function findOwnedAssessment(
  id: string | undefined,
  request: Request,
): Promise<StoredRecord<StoredAssessment> | undefined> {
  const token = bearerToken(request);
  if (!id || !ID_PATTERN.test(id)) {
    hashToken(token ?? '');
    return undefined;
  }
  const record = await findOwnedRecord<unknown>(ASSESSMENTS, id, token);
  if (!record) return undefined;
  const data = StoredAssessmentSchema.safeParse(record.data);
  if (!data.success) throw new StorageFault('damaged', `assessments/${id} no longer parses`);
  return { ...record, data: data.data };
}

/** Headers of every answer about a saved assessment: private, never cached. */
export { PRIVATE_HEADERS } from '../../../server/http/responses.ts';

/**
 * Whether `id` has the shape of a saved assessment's id. The private page answers the same for
 * every such id, existing or not: only the token (in the fragment) opens a result.
 */
export function isAssessmentId(id: string | undefined): id is string {
  return !!id && ID_PATTERN.test(id);
}
