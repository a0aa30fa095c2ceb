import type { Catalog } from '../../domain/content/catalog.ts';
import { composeJobDescription } from '../../domain/job-description/compose.ts';
import type {
  JobDescription,
  JobDescriptionDraft,
  JobDescriptionDraftSchema,
} from '../../domain/job-description/draft.ts';
import {
  presentJobDescription,
  type JobDescriptionView,
} from '../../domain/job-description/present.ts';

/**
 * What the preview shows for the form's current values. The checks run apart, off the main
 * thread (see `live-checks.ts`), so typing and hydrating never wait for them.
 */
export interface LiveDraft {
  jobDescription: JobDescription;
  view: JobDescriptionView;
}

/** The draft schema, passed in because it is loaded after the island starts. */
export type DraftSchema = typeof JobDescriptionDraftSchema;

/**
 * The form's values as a valid draft, even mid-edit: a section that does not validate yet is
 * left out (the template's version stands in until it does), and an empty company name gets a
 * placeholder. Undefined only when the role or the posting language is unusable.
 */
export function lenientDraft(
  values: unknown,
  schema: DraftSchema,
): JobDescriptionDraft | undefined {
  let candidate: Record<string, unknown> =
    typeof values === 'object' && values !== null ? { ...(values as Record<string, unknown>) } : {};
  for (let attempt = 0; attempt < 4; attempt++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const sections = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    if (sections.has('role') || sections.has('locale') || sections.has('')) return undefined;
    const previous = candidate;
    candidate = Object.fromEntries(
      Object.entries(previous).filter(([key]) => key === 'company' || !sections.has(key)),
    );
    if (sections.has('company')) {
      const company = previous['company'] as { name?: unknown } | undefined;
      const name = typeof company?.name === 'string' ? company.name.trim() : '';
      candidate['company'] = { name: name === '' ? '…' : name.slice(0, 120) };
    }
  }
  return undefined;
}

/**
 * Composes and presents the form's values (undefined when they cannot be shown). Until
 * the schema has loaded, the values are trusted as they are: they come from a template.
 */
export function computeLiveDraft(
  values: unknown,
  catalog: Pick<Catalog, 'roles' | 'skills'>,
  schema: DraftSchema | undefined,
): LiveDraft | undefined {
  const draft = schema ? lenientDraft(values, schema) : (values as JobDescriptionDraft);
  if (!draft?.company) return undefined;
  if (!catalog.roles.some((role) => role.id === draft.role)) return undefined;
  const jobDescription = composeJobDescription(draft, catalog);
  return { jobDescription, view: presentJobDescription(jobDescription, catalog) };
}

/** The form path to focus for a finding's field (lists are edited in one text area). */
export function focusTargetOf(field: string): string {
  if (field === 'salary') return 'salary.min';
  if (field === 'missions') return 'missions.0.enabled';
  if (field === 'competencies') return 'competencies.0.level';
  const list = /^(perimeter\.(?:inScope|outOfScope|redLines)|kpis)(?:\.\d+)?$/.exec(field);
  return list?.[1] ?? field;
}
