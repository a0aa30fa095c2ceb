import {
  buildJobPosting,
  composeJobDescription,
  findDraftReferenceIssues,
  jobDescriptionFileName,
  JobDescriptionDraftSchema,
  JobDescriptionSchema,
  lintJobDescription,
  presentJobAd,
  presentJobDescription,
  serializeJsonLd,
  type Finding,
  type JobDescription,
  type JobDescriptionView,
} from '../../domain/job-description/index.ts';
import { savedJobDescriptionPath } from '../../i18n/routes.ts';
import { loadCatalog } from '../catalog.ts';
import { apiError, readJsonBody } from '../http/api.ts';
import { contentDisposition, pdfResponse, PRIVATE_HEADERS } from '../http/responses.ts';
import { publicOrigin } from '../http/hosts.ts';
import { changeCondition } from '../http/versions.ts';
import { findOwnedRecord, getStore, StorageFault, type StoredRecord } from '../store/index.ts';
import { bearerToken, hashToken, ID_PATTERN, newCredentials } from '../tokens.ts';

/**
 * The job-description service: the one place the API endpoints and the saved pages call. It
 * parses drafts, composes them with their template, stores them, and renders the surfaces a
 * saved description has (API answer, JobPosting, PDF, Word file, printable page).
 */

/** The collection saved job descriptions live in. */
const JOB_DESCRIPTIONS = 'job-descriptions';

/** Headers of every answer about a saved job description: never cached, never indexed. */
export { PRIVATE_HEADERS };

type Outcome<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Where a saved job description can be seen, printed, downloaded. */
export function linksOf(id: string, locale: JobDescription['locale']) {
  const api = `/api/job-descriptions/${id}`;
  return {
    page: savedJobDescriptionPath(id, locale),
    pdf: `${api}/pdf`,
    adPdf: `${api}/pdf?format=ad`,
    docx: `${api}/docx`,
    jobPosting: `${api}/job-posting`,
  };
}

/** What the API answers about a saved job description. */
export interface JobDescriptionAnswer {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The stored version, also sent as the `ETag`; send it back in `If-Match` to update. */
  version: number;
  jobDescription: JobDescription;
  findings: Finding[];
  links: ReturnType<typeof linksOf>;
}

async function describe(record: StoredRecord<JobDescription>): Promise<JobDescriptionAnswer> {
  return {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
    jobDescription: record.data,
    findings: lintJobDescription(record.data, await loadCatalog()),
    links: linksOf(record.id, record.data.locale),
  };
}

/**
 * Reads a draft from the request body, checks its catalogue references and composes it with its
 * template. A 400 answer (with the fields at fault) for a body the schema refuses or an unknown id.
 */
export async function readDraft(request: Request): Promise<Outcome<JobDescription>> {
  const body = await readJsonBody(request, JobDescriptionDraftSchema);
  if (!body.ok) return body;
  const catalog = await loadCatalog();
  const issues = findDraftReferenceIssues(body.data, catalog);
  if (issues.length > 0) return { ok: false, response: apiError(400, 'invalid_body', issues) };
  return { ok: true, value: composeJobDescription(body.data, catalog) };
}

/**
 * The saved job description at `id`, or undefined for an ill-formed or unknown id. Reading needs
 * only the id (unguessable): whoever has the link may read. A record that no longer parses is a
 * server fault (500), never a missing record.
 */
async function findRecord(id: string | undefined) {
  if (!id || !ID_PATTERN.test(id)) return undefined;
  const record = await getStore().get<unknown>(JOB_DESCRIPTIONS, id);
  return record ? parsed(record) : undefined;
}

function parsed(record: StoredRecord<unknown>): StoredRecord<JobDescription> {
  const data = JobDescriptionSchema.safeParse(record.data);
  if (!data.success) {
    throw new StorageFault('damaged', `${JOB_DESCRIPTIONS}/${record.id} no longer parses`);
  }
  return { ...record, data: data.data };
}

/**
 * The record at `id` only if the request's bearer token is its edit token. The token is hashed and
 * compared whether or not the id exists (no existence oracle by timing).
 */
async function findOwned(id: string | undefined, request: Request) {
  const token = bearerToken(request);
  if (!id || !ID_PATTERN.test(id)) {
    hashToken(token ?? '');
    return undefined;
  }
  const record = await findOwnedRecord<unknown>(JOB_DESCRIPTIONS, id, token);
  return record ? parsed(record) : undefined;
}

/** Stores a new job description; the answer carries the edit token, shown only once. */
export async function createJobDescription(
  jd: JobDescription,
): Promise<JobDescriptionAnswer & { editToken: string }> {
  const { id, token, tokenHash } = newCredentials();
  const now = new Date().toISOString();
  const record = { id, tokenHash, createdAt: now, updatedAt: now, version: 1, data: jd };
  await getStore().create(JOB_DESCRIPTIONS, record);
  return { ...(await describe(record)), editToken: token };
}

/** The saved description at `id` as the API answers it; undefined when unknown. */
export async function getJobDescription(
  id: string | undefined,
): Promise<JobDescriptionAnswer | undefined> {
  const record = await findRecord(id);
  return record && describe(record);
}

/**
 * Replaces the description at `id` if the request holds its edit token: undefined when the token
 * opens nothing; a 412 answer when `If-Match` names a version someone else has since replaced.
 */
export async function updateJobDescription(
  id: string | undefined,
  request: Request,
  jd: JobDescription,
): Promise<JobDescriptionAnswer | Response | undefined> {
  const record = await findOwned(id, request);
  if (!record) return undefined;
  const when = changeCondition(request, record.version);
  if (!when.ok) return when.response;
  // The record as the store wrote it: its clock sets `updatedAt`, its count the version.
  const updated = await getStore().update(JOB_DESCRIPTIONS, record.id, jd, when.condition);
  return updated && describe(parsed(updated));
}

/**
 * Deletes the description at `id` if the request holds its edit token (`If-Match` honoured):
 * true when deleted, false when the token opens nothing, a 412 answer on a stale version.
 */
export async function deleteJobDescription(
  id: string | undefined,
  request: Request,
): Promise<boolean | Response> {
  const record = await findOwned(id, request);
  if (!record) return false;
  const when = changeCondition(request, record.version);
  if (!when.ok) return when.response;
  return getStore().delete(JOB_DESCRIPTIONS, record.id, when.condition);
}

function jobPostingOf(
  record: StoredRecord<JobDescription>,
  view: JobDescriptionView,
  origin: string,
) {
  return buildJobPosting(record.data, view, {
    datePosted: record.createdAt.slice(0, 10),
    identifier: record.id,
    url: new URL(linksOf(record.id, record.data.locale).page, origin).href,
    // The saved page shows how to apply (e-mail, link) but takes no application itself.
    applyOnPage: false,
  });
}

/** The schema.org JobPosting of the saved description at `id`, serialised for a `<script>`. */
export async function jobPostingJson(id: string | undefined): Promise<string | undefined> {
  const record = await findRecord(id);
  if (!record) return undefined;
  const view = presentJobDescription(record.data, await loadCatalog());
  return serializeJsonLd(jobPostingOf(record, view, publicOrigin()));
}

/** Everything the printable page of a saved description renders; undefined when unknown. */
export async function savedPageOf(id: string | undefined) {
  const record = await findRecord(id);
  if (!record) return undefined;
  const view = presentJobDescription(record.data, await loadCatalog());
  return {
    id: record.id,
    jobDescription: record.data,
    updatedAt: record.updatedAt,
    view,
    links: linksOf(record.id, record.data.locale),
    jsonLd: serializeJsonLd(jobPostingOf(record, view, publicOrigin())),
  };
}

/** A rendered document and the name it is offered under. */
export interface RenderedFile {
  bytes: Uint8Array;
  fileName: string;
}

/** The two PDF layouts: the full job description, or the one-page ad. */
export type PdfFormat = 'full' | 'ad';

/** Renders a description as a PDF, in full or as the one-page ad. */
export async function renderJobDescriptionPdf(
  jd: JobDescription,
  format: PdfFormat = 'full',
): Promise<RenderedFile> {
  const catalog = await loadCatalog();
  const view = format === 'ad' ? presentJobAd(jd, catalog) : presentJobDescription(jd, catalog);
  // The PDF and Word libraries load on the first export only: a server that only saves and
  // checks job descriptions never holds them in memory (issue 16's memory bar).
  const [{ buildJobDescriptionPdfModel }, { renderPdf }, { loadPdfFonts }] = await Promise.all([
    import('../../domain/job-description/pdf-document.ts'),
    import('../../domain/pdf/render.ts'),
    import('../pdf-fonts.ts'),
  ]);
  const model = buildJobDescriptionPdfModel(view, jd.company.name, format);
  const bytes = await renderPdf(model, await loadPdfFonts());
  const fileName = jobDescriptionFileName(jd, 'pdf', format === 'ad' ? 'ad' : undefined);
  return { bytes, fileName };
}

/** The saved description at `id` as a PDF; undefined when unknown. */
export async function savedJobDescriptionPdf(
  id: string | undefined,
  format: PdfFormat,
): Promise<RenderedFile | undefined> {
  const record = await findRecord(id);
  return record && renderJobDescriptionPdf(record.data, format);
}

/** Renders a description as an editable Word file. */
export async function renderJobDescriptionWord(jd: JobDescription): Promise<RenderedFile> {
  const view = presentJobDescription(jd, await loadCatalog());
  const { renderJobDescriptionDocx } = await import('./docx.ts');
  const bytes = await renderJobDescriptionDocx(view, jd.company.name);
  return { bytes, fileName: jobDescriptionFileName(jd, 'docx') };
}

/** The saved description at `id` as an editable Word file; undefined when unknown. */
export async function savedJobDescriptionWord(
  id: string | undefined,
): Promise<RenderedFile | undefined> {
  const record = await findRecord(id);
  return record && renderJobDescriptionWord(record.data);
}

/** The media type of a `.docx` file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Which PDF layout a `?format=` asks for: the one-page ad, or the full description. */
export function pdfFormatOf(url: URL): PdfFormat {
  return url.searchParams.get('format') === 'ad' ? 'ad' : 'full';
}

/** A PDF answer: private, offered under its file name (see `pdfResponse`). */
export function pdfFileResponse(file: RenderedFile): Response {
  return pdfResponse(file.bytes, file.fileName);
}

/** A Word file answer: private, offered under its file name. */
export function wordFileResponse(file: RenderedFile): Response {
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      ...PRIVATE_HEADERS,
      'Content-Type': DOCX_TYPE,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': contentDisposition(file.fileName),
    },
  });
}
