import {
  CONSENT_VERSION,
  addToNormsSample,
  assessmentPdfFileName,
  buildNormsSample,
  buildQuestionnaire,
  createSaveRequestSchema,
  createSubmissionSchema,
  evaluateAssessment,
  presentAssessment,
  PRESENT_MESSAGE_KEYS,
  publishQuestionnaire,
  removeFromNormsSample,
  scoreAnswers,
  StoredAssessmentSchema,
} from '../../domain/assessment/index.ts';
import type {
  AssessmentCatalog,
  AssessmentResult,
  AssessmentSubmission,
  NormsSample,
  PublishedQuestionnaire,
  Questionnaire,
  StoredAssessment,
} from '../../domain/assessment/index.ts';
import {
  buildAssessmentReport,
  REPORT_MESSAGE_KEYS,
} from '../../domain/assessment/pdf-document.ts';
import { renderPdf } from '../../domain/pdf/render.ts';
import type { Locale } from '../../domain/text/index.ts';
import { pickMessages } from '../../i18n/index.ts';
import { savedAssessmentPath } from '../../i18n/routes.ts';
import { loadCatalog } from '../catalog.ts';
import { loadPdfFonts } from '../pdf-fonts.ts';
import { changeCondition, etagOf } from '../http/versions.ts';
import { findOwnedRecord, getStore, StorageFault } from '../store/index.ts';
import type { StoredRecord } from '../store/index.ts';
import { bearerToken, hashToken, ID_PATTERN, newCredentials } from '../tokens.ts';

/**
 * The assessment slice's one entry point for endpoints and pages: the questionnaire, scoring,
 * saving with consent, reading and deleting with the token, the PDF, and the comparison with
 * other saved results. Pure logic stays in `src/domain/assessment`; this file adds the catalogue,
 * the store and the tokens.
 */

/** The collection saved assessments live in. */
export const ASSESSMENTS = 'assessments';

/** The catalogue and the questionnaire built from it, once per process. */
export async function loadAssessmentContext(): Promise<{
  catalog: AssessmentCatalog;
  questionnaire: Questionnaire;
}> {
  const catalog = await loadCatalog();
  let questionnaire = questionnaires.get(catalog);
  if (!questionnaire) questionnaires.set(catalog, (questionnaire = buildQuestionnaire(catalog)));
  return { catalog, questionnaire };
}
const questionnaires = new WeakMap<AssessmentCatalog, Questionnaire>();

/** The questionnaire in one locale (`GET /api/assessment/questionnaire`). */
export async function getPublishedQuestionnaire(locale: Locale): Promise<PublishedQuestionnaire> {
  const { catalog, questionnaire } = await loadAssessmentContext();
  return publishQuestionnaire(catalog, questionnaire, locale);
}

/** The schema of a submission to the current questionnaire (score endpoint). */
export async function submissionSchema() {
  return createSubmissionSchema((await loadAssessmentContext()).questionnaire);
}

/** The schema of a save request to the current questionnaire (save endpoint). */
export async function saveRequestSchema() {
  return createSaveRequestSchema((await loadAssessmentContext()).questionnaire);
}

/** A result as the API answers it: the result plus each skill's "why" in the answers' locale. */
export interface ApiResult {
  result: AssessmentResult;
  /** Per skill: how the evidence combines and each answer that counted, in words. */
  explanations: Record<string, { summary: string; cap?: string | undefined; lines: string[] }>;
}

async function evaluate(
  submission: Pick<
    StoredAssessment,
    'version' | 'locale' | 'answers' | 'context' | 'elapsedSeconds' | 'seed'
  >,
): Promise<ApiResult> {
  const { catalog, questionnaire } = await loadAssessmentContext();
  const norms = await normsSample(questionnaire.version);
  const result = evaluateAssessment(catalog, questionnaire, submission, norms);
  const view = presentAssessment({
    result,
    catalog,
    answers: submission.answers,
    locale: submission.locale,
    messages: pickMessages(submission.locale, PRESENT_MESSAGE_KEYS),
  });
  const explanations = Object.fromEntries(
    [...view.soft, ...view.knowHow].map((skill) => [skill.id, skill.why]),
  );
  return { result, explanations };
}

/** Scores a valid submission; nothing is stored (`POST /api/assessments/score`). */
export function scoreSubmission(submission: AssessmentSubmission): Promise<ApiResult> {
  return evaluate(submission);
}

/** What saving answers: the private link's parts and the result. */
export interface SavedAssessment extends ApiResult {
  id: string;
  token: string;
  link: string;
}

/**
 * Saves a submission given with consent (`POST /api/assessments`): only the raw answers, their
 * version, the locale, the context, and — if the person chose — a name and their agreement to
 * count in the norms. The token is returned once; only its hash is stored.
 */
export async function saveAssessment(
  body: AssessmentSubmission & { name?: string | undefined; norms: boolean },
): Promise<SavedAssessment> {
  const stored: StoredAssessment = {
    version: body.version,
    locale: body.locale,
    answers: body.answers,
    context: body.context,
    norms: body.norms,
    // The consent is stored with the result: when, and to which text (issue 16).
    consent: { at: new Date().toISOString(), version: CONSENT_VERSION },
  };
  if (body.elapsedSeconds !== undefined) stored.elapsedSeconds = body.elapsedSeconds;
  if (body.seed !== undefined) stored.seed = body.seed;
  if (body.name) stored.name = body.name;
  const { id, token, tokenHash } = newCredentials();
  const now = new Date().toISOString();
  await getStore().create(ASSESSMENTS, {
    id,
    tokenHash,
    createdAt: now,
    updatedAt: now,
    data: stored,
  });
  // Only a result that counts in the comparison changes it; others leave the sample as it is.
  if (stored.norms) await changeNorms(stored, 'add');
  const link = `${savedAssessmentPath(id, stored.locale)}#${token}`;
  return { id, token, link, ...(await evaluate(stored)) };
}

/**
 * The saved assessment at `id` if the request's bearer token opens it; undefined for an unknown
 * id or a missing or wrong token (the same 404, with the same work done: no existence oracle).
 * A record that no longer parses is a server fault (500), not a missing record.
 */
async function findOwned(
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

/** A saved result with its answers and the result derived now (`GET /api/assessments/{id}`). */
export async function readAssessment(id: string | undefined, request: Request) {
  const record = await findOwned(id, request);
  if (!record) return undefined;
  return {
    etag: etagOf(record.version),
    body: {
      id: record.id,
      createdAt: record.createdAt,
      assessment: record.data,
      ...(await evaluate(record.data)),
    },
  };
}

/**
 * Deletes a saved result opened by its token (`If-Match` honoured): 204 when deleted, 404 when
 * there is nothing the token opens, 412 when the request names a version that is no longer current.
 */
export async function deleteAssessment(
  id: string | undefined,
  request: Request,
): Promise<'deleted' | 'not-found' | Response> {
  const record = await findOwned(id, request);
  if (!record) return 'not-found';
  const when = changeCondition(request, record.version);
  if (!when.ok) return when.response;
  await getStore().delete(ASSESSMENTS, record.id, when.condition);
  if (record.data.norms) await changeNorms(record.data, 'remove');
  return 'deleted';
}

/** The PDF report of a saved result, in its locale, with the name saved with it if any. */
export async function assessmentPdf(
  id: string | undefined,
  request: Request,
): Promise<{ bytes: Uint8Array; fileName: string } | undefined> {
  const record = await findOwned(id, request);
  if (!record) return undefined;
  const { catalog, questionnaire } = await loadAssessmentContext();
  const { locale } = record.data;
  const result = evaluateAssessment(
    catalog,
    questionnaire,
    record.data,
    await normsSample(questionnaire.version),
  );
  const view = presentAssessment({
    result,
    catalog,
    answers: record.data.answers,
    locale,
    messages: pickMessages(locale, PRESENT_MESSAGE_KEYS),
  });
  const model = buildAssessmentReport({
    view,
    messages: pickMessages(locale, REPORT_MESSAGE_KEYS),
    date: new Date(record.createdAt),
    name: record.data.name,
  });
  const bytes = await renderPdf(model, await loadPdfFonts());
  return { bytes, fileName: assessmentPdfFileName(locale, new Date(record.createdAt)) };
}

/**
 * Whether `id` has the shape of a saved assessment's id. The private page answers the same for
 * every such id, existing or not: only the token (in the fragment) opens a result (issue 16).
 */
export function isAssessmentId(id: string | undefined): id is string {
  return !!id && ID_PATTERN.test(id);
}

/**
 * How long a norms sample is reused before the store is read again. Saves and deletes of this
 * instance change the sample at once; the reading catches those of other instances.
 */
const NORMS_TTL_MS = 60_000;
const normsCache = new Map<string, { at: number; sample: NormsSample }>();
/** Counts the changes of each version's sample, so a reading overtaken by one is not trusted. */
const normsChanges = new Map<string, number>();

/**
 * Adds a saved result to its version's sample, or takes a deleted one out, without reading the
 * store again (with 20,000 stored results a reading is 20,000 reads).
 */
async function changeNorms(stored: StoredAssessment, change: 'add' | 'remove'): Promise<void> {
  normsChanges.set(stored.version, (normsChanges.get(stored.version) ?? 0) + 1);
  const cached = normsCache.get(stored.version);
  if (!cached) return;
  const { catalog, questionnaire } = await loadAssessmentContext();
  const scores = scoreAnswers(catalog, questionnaire, stored.answers);
  const sample =
    change === 'add'
      ? addToNormsSample(cached.sample, scores)
      : removeFromNormsSample(cached.sample, scores);
  normsCache.set(stored.version, { at: cached.at, sample });
}

/**
 * The comparison sample of one questionnaire version: the scores of every saved result of that
 * version whose owner agreed to count in it. Other versions are never mixed in. Once read, an
 * older sample is answered at once while a new reading runs (one at a time per version).
 */
export async function normsSample(version: string): Promise<NormsSample> {
  const cached = normsCache.get(version);
  if (cached && Date.now() - cached.at < NORMS_TTL_MS) return cached.sample;
  let reading = normsReading.get(version);
  if (!reading) {
    reading = readNormsSample(version).finally(() => normsReading.delete(version));
    normsReading.set(version, reading);
  }
  if (cached) {
    // A failed background reading leaves the older sample in place; the next request tries again.
    reading.catch(() => undefined);
    return cached.sample;
  }
  return reading;
}
const normsReading = new Map<string, Promise<NormsSample>>();
/** How many stored results a norms reading asks the store for at once. */
const NORMS_READ_BATCH = 32;

async function readNormsSample(version: string): Promise<NormsSample> {
  const changesBefore = normsChanges.get(version) ?? 0;
  const { catalog, questionnaire } = await loadAssessmentContext();
  const store = getStore();
  const entries = await store.listCreatedBefore(ASSESSMENTS, new Date(Date.now() + 86_400_000));
  const results = [];
  // Read in batches: one read after the other took 6 s for 20,000 results on PostgreSQL.
  for (let start = 0; start < entries.length; start += NORMS_READ_BATCH) {
    const batch = entries.slice(start, start + NORMS_READ_BATCH);
    const records = await Promise.all(batch.map(({ id }) => store.get<unknown>(ASSESSMENTS, id)));
    for (const record of records) {
      const data = StoredAssessmentSchema.safeParse(record?.data);
      if (!data.success || !data.data.norms || data.data.version !== version) continue;
      results.push(scoreAnswers(catalog, questionnaire, data.data.answers));
    }
  }
  const sample = buildNormsSample(version, results);
  // A save or delete during the reading may be missing from it: kept, but read again next time.
  const overtaken = (normsChanges.get(version) ?? 0) !== changesBefore;
  normsCache.set(version, { at: overtaken ? 0 : Date.now(), sample });
  return sample;
}
