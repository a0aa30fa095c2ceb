import type { Catalog } from '../../../domain/content/catalog.ts';
import {
  buildJobPosting,
  composeJobDescription,
  findDraftReferenceIssues,
  jobDescriptionFileName,
  JobDescriptionDraftSchema,
  JobDescriptionSchema,
  lintJobDescription,
  presentJobDescription,
  type Finding,
  type JobDescription,
} from '../../../domain/job-description/index.ts';
import { buildJobDescriptionPdfModel } from '../../../domain/job-description/pdf-document.ts';
import { renderPdf } from '../../../domain/pdf/render.ts';
import { savedJobDescriptionPath } from '../../../i18n/routes.ts';
import { loadCatalog } from '../../../server/catalog.ts';
import { apiError, readJsonBody } from '../../../server/http/api.ts';
import { pdfResponse, PRIVATE_HEADERS } from '../../../server/http/responses.ts';
import { loadPdfFonts } from '../../../server/pdf-fonts.ts';
import { getStore, type StoredRecord } from '../../../server/store/index.ts';
import { bearerToken, ID_PATTERN, tokenMatches } from '../../../server/tokens.ts';

/** The collection saved job descriptions live in. */
export const JOB_DESCRIPTIONS = 'job-descriptions';

/** Headers of every answer about a saved job description: never cached, never indexed. */
export { PRIVATE_HEADERS };

/**
 * Reads a draft from the request body, checks its catalogue references and composes it with
 * its template. 400 (with the fields at fault) for a body the schema refuses or an unknown id.
 */
export async function readJobDescription(
  request: Request,
  catalog: Catalog,
): Promise<{ ok: true; jobDescription: JobDescription } | { ok: false; response: Response }> {
  const body = await readJsonBody(request, JobDescriptionDraftSchema);
  if (!body.ok) return body;
  const issues = findDraftReferenceIssues(body.data, catalog);
  if (issues.length > 0) {
    return { ok: false, response: apiError(400, 'invalid_body', issues) };
  }
  return { ok: true, jobDescription: composeJobDescription(body.data, catalog) };
}

/**
 * The saved job description at `id`, or undefined for an ill-formed or unknown id or a record
 * that no longer parses. Reading needs only the id (unguessable): whoever has the link may read.
 */
export async function findJobDescription(
  id: string | undefined,
): Promise<StoredRecord<JobDescription> | undefined> {
  if (!id || !ID_PATTERN.test(id)) return undefined;
  const record = await getStore().get<unknown>(JOB_DESCRIPTIONS, id);
  if (!record) return undefined;
  const data = JobDescriptionSchema.safeParse(record.data);
  return data.success ? { ...record, data: data.data } : undefined;
}

/** The record at `id` only if the request's bearer token is its edit token. */
export async function findOwnedJobDescription(
  id: string | undefined,
  request: Request,
): Promise<StoredRecord<JobDescription> | undefined> {
  const record = await findJobDescription(id);
  return record && tokenMatches(bearerToken(request), record.tokenHash) ? record : undefined;
}

/** Where a saved job description can be seen, printed, downloaded. */
export function linksOf(id: string, locale: JobDescription['locale']) {
  return {
    page: savedJobDescriptionPath(id, locale),
    pdf: `/api/job-descriptions/${id}/pdf`,
    jobPosting: `/api/job-descriptions/${id}/job-posting`,
  };
}

/** What the API answers about a saved job description. */
export function describeRecord(
  record: StoredRecord<JobDescription>,
  catalog: Catalog,
): {
  id: string;
  createdAt: string;
  updatedAt: string;
  jobDescription: JobDescription;
  findings: Finding[];
  links: ReturnType<typeof linksOf>;
} {
  return {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    jobDescription: record.data,
    findings: lintJobDescription(record.data, catalog),
    links: linksOf(record.id, record.data.locale),
  };
}

/** The JobPosting of a saved description, dated by its creation. */
export function jobPostingOf(
  record: StoredRecord<JobDescription>,
  catalog: Catalog,
  origin: string,
) {
  const view = presentJobDescription(record.data, catalog);
  return buildJobPosting(record.data, view, {
    datePosted: record.createdAt.slice(0, 10),
    identifier: record.id,
    url: new URL(linksOf(record.id, record.data.locale).page, origin).href,
  });
}

/** Renders `jd` as a PDF answer, offered as a download. */
export async function jobDescriptionPdfResponse(
  jd: JobDescription,
  catalog: Catalog,
): Promise<Response> {
  const model = buildJobDescriptionPdfModel(presentJobDescription(jd, catalog), jd.company.name);
  const bytes = await renderPdf(model, await loadPdfFonts());
  return pdfResponse(bytes, jobDescriptionFileName(jd));
}

export { loadCatalog };
