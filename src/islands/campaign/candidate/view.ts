import type {
  CandidateRight,
  KeptData,
  ModelCompetencyView,
} from '../../../domain/campaign/api-answers.ts';
import type { CompetencyLevel } from '../../../domain/campaign/present.ts';
import { ShareFieldsSchema } from '../../../domain/campaign/requests.ts';
import type { ShareFields } from '../../../domain/campaign/requests.ts';
import type { Locale } from '../../../domain/text/index.ts';

/**
 * The candidate screens' small rules, apart from React so they are tested alone: reading the
 * token from the fragment, the level-against-required rows, and turning the share form into the
 * API's body with the one schema (`ShareFieldsSchema`).
 */

/** The token is the URL fragment (`#<token>`): browsers never send it to the server. */
export function tokenFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#(?:token=)?/, '')).trim();
  } catch {
    return '';
  }
}

/** One row of « your level against this job's »: a competency, its required level and yours. */
export interface FitRow {
  skill: string;
  label: string;
  required: number;
  /** The person's level, null when the assessment did not measure it. */
  level: number | null;
  /** Levels missing to reach the requirement (0 when met or not measured). */
  shortBy: number;
}

/**
 * The job's competencies against the person's levels (as the browser computed them before
 * sharing), in the model's order (savoir-être and savoir-agir first, as the API sends it).
 */
export function fitRowsFromLevels(
  model: readonly ModelCompetencyView[],
  levels: ReadonlyMap<string, number>,
): FitRow[] {
  return model.map((competency) => {
    const level = levels.get(competency.skill) ?? null;
    return {
      skill: competency.skill,
      label: competency.label,
      required: competency.requiredLevel,
      level,
      shortBy: level === null ? 0 : Math.max(0, competency.requiredLevel - level),
    };
  });
}

/** The same rows from what the server keeps of a share (tools left out: they are not interviewed). */
export function fitRowsFromShare(competencies: readonly CompetencyLevel[]): FitRow[] {
  return competencies
    .filter((competency) => competency.kind !== 'tool')
    .map((competency) => ({
      skill: competency.skill,
      label: competency.label,
      required: competency.required,
      level: competency.level,
      shortBy: competency.shortBy,
    }));
}

/** What the share form holds. */
export interface ShareFormValues {
  shareConsent: boolean;
  talentPoolConsent: boolean;
  displayName: string;
  email: string;
}

/** A field of the share form with a problem, and which message says it. */
export interface ShareProblem {
  field: 'shareConsent' | 'displayName' | 'email';
  message: 'consent' | 'name' | 'email';
}

const MESSAGE_OF: Record<ShareProblem['field'], ShareProblem['message']> = {
  shareConsent: 'consent',
  displayName: 'name',
  email: 'email',
};

/**
 * The share fields of `POST /api/campaigns/{id}/candidates` from the form, checked with the
 * endpoint's own schema: empty name and e-mail are left out (pseudonymous is allowed), and an
 * unticked consent is a problem, never a share.
 */
export function shareFieldsFromForm(
  values: ShareFormValues,
  locale: Locale,
): { ok: true; fields: ShareFields } | { ok: false; problems: ShareProblem[] } {
  const name = values.displayName.trim();
  const email = values.email.trim();
  const body = {
    shareConsent: values.shareConsent,
    talentPoolConsent: values.talentPoolConsent,
    ...(name !== '' ? { displayName: name } : {}),
    ...(email !== '' ? { email } : {}),
    locale,
  };
  const parsed = ShareFieldsSchema.safeParse(body);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const order = ['shareConsent', 'displayName', 'email'] as const;
  return {
    ok: false,
    problems: order
      .filter((field) => fields.has(field))
      .map((field) => ({ field, message: MESSAGE_OF[field] })),
  };
}

/** The keys of the « what is kept » list, in the order the API gives, known ones only. */
export function keptKeys(kept: readonly KeptData[]): KeptData[] {
  const known: readonly KeptData[] = [
    'levels',
    'cautions',
    'confidence',
    'name',
    'email',
    'consents',
  ];
  return kept.filter((key, index) => known.includes(key) && kept.indexOf(key) === index);
}

/** The keys of the rights list, in the order the API gives, known ones only. */
export function rightKeys(rights: readonly CandidateRight[]): CandidateRight[] {
  const known: readonly CandidateRight[] = [
    'access',
    'rectification',
    'erasure',
    'withdraw',
    'objection',
    'complaint',
  ];
  return rights.filter((key, index) => known.includes(key) && rights.indexOf(key) === index);
}

/** Where a private link goes: the page's own address, absolute, with the token in the fragment. */
export function absoluteLink(link: string, origin: string): string {
  return new URL(link, origin).href;
}
