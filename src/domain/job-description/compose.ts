import type { Catalog } from '../content/catalog.ts';
import type { Role, Speciality } from '../content/role.ts';
import type {
  CompetencyItem,
  JobDescription,
  JobDescriptionDraft,
  PostingLocale,
  ToolItem,
} from './draft.ts';
import { resolveJurisdiction } from './jurisdiction.ts';
import { documentLabels } from './labels.ts';

/** A problem with the ids a draft refers to, in the API's issue format. */
export interface DraftReferenceIssue {
  path: string;
  message: string;
}

/**
 * Checks the catalogue ids a draft refers to: the role, the speciality (which must belong to the
 * role) and every competency and tool. An empty list means `composeJobDescription` can run.
 */
export function findDraftReferenceIssues(
  draft: Pick<JobDescriptionDraft, 'role' | 'speciality' | 'competencies' | 'tools'>,
  catalog: Pick<Catalog, 'roles' | 'skills'>,
): DraftReferenceIssue[] {
  const issues: DraftReferenceIssue[] = [];
  const role = catalog.roles.find((candidate) => candidate.id === draft.role);
  if (!role) {
    const known = catalog.roles.map((candidate) => candidate.id).join(', ');
    issues.push({ path: 'role', message: `unknown role; one of: ${known}` });
  } else if (
    draft.speciality !== undefined &&
    !role.specialities.some((speciality) => speciality.id === draft.speciality)
  ) {
    issues.push({ path: 'speciality', message: `not a speciality of the role "${role.id}"` });
  }
  const kindOf = new Map(catalog.skills.map((skill) => [skill.id, skill.kind]));
  draft.competencies?.forEach((item, index) => {
    const kind = kindOf.get(item.skill);
    if (kind === undefined || kind === 'tool') {
      issues.push({ path: `competencies.${index}.skill`, message: 'unknown competency' });
    }
  });
  draft.tools?.forEach((item, index) => {
    if (kindOf.get(item.skill) !== 'tool') {
      issues.push({ path: `tools.${index}.skill`, message: 'unknown tool' });
    }
  });
  return issues;
}

/** Items of both lists by skill id, in order; a skill in both keeps the higher level. */
function mergeBySkill<T extends CompetencyItem | ToolItem>(base: T[], extra: T[]): T[] {
  const merged = new Map<string, T>();
  for (const item of [...base, ...extra]) {
    const existing = merged.get(item.skill);
    if (!existing || item.level > existing.level) merged.set(item.skill, { ...existing, ...item });
  }
  return [...merged.values()];
}

/** Inserts the speciality's name before a trailing « (F/H) » mark, or appends it. */
function titleWithSpeciality(title: string, speciality: string): string {
  const mark = /\s*(\([^()]*\))\s*$/.exec(title);
  if (!mark || mark.index === undefined) return `${title} – ${speciality}`;
  return `${title.slice(0, mark.index)} – ${speciality} ${mark[1] ?? ''}`.trim();
}

/**
 * The template's version of every section, in `locale`: the role's missions, competencies,
 * tools, KPIs, perimeter, contract and salary band, plus the speciality's additions for an expert.
 * The objective and how to apply start empty: only the company can say them.
 */
export function composeTemplate(
  role: Role,
  locale: PostingLocale,
  specialityId?: string,
  place?: JobDescription['location'],
): Omit<JobDescription, 'company'> {
  const speciality: Speciality | undefined = role.specialities.find(
    (candidate) => candidate.id === specialityId,
  );
  const missions = [...role.missions, ...(speciality?.missions ?? [])];
  const kpis = [...role.kpis, ...(speciality?.kpis ?? [])];
  const labels = documentLabels(locale);
  return {
    role: role.id,
    ...(speciality ? { speciality: speciality.id } : {}),
    locale,
    published: false,
    title: speciality
      ? titleWithSpeciality(role.title[locale], speciality.label[locale].toLowerCase())
      : role.title[locale],
    objective: '',
    missions: missions.map((mission) => ({
      id: mission.id,
      label: mission.label[locale],
      description: mission.description[locale],
      enabled: true,
    })),
    competencies: mergeBySkill(
      role.competencies.map(({ skill, level, weight }) => ({ skill, level, weight })),
      (speciality?.competencies ?? []).map(({ skill, level, weight }) => ({
        skill,
        level,
        weight,
      })),
    ),
    tools: mergeBySkill(
      role.tools.map(({ skill, level }) => ({ skill, level })),
      (speciality?.tools ?? []).map(({ skill, level }) => ({ skill, level })),
    ),
    perimeter: {
      inScope: role.perimeter.inScope.map((text) => text[locale]),
      outOfScope: role.perimeter.outOfScope.map((text) => text[locale]),
      redLines: role.perimeter.redLines.map((text) => text[locale]),
      decides: role.perimeter.decides[locale],
      escalation: role.perimeter.escalation[locale],
    },
    kpis: kpis.map((kpi) => kpi.label[locale]),
    reporting: labels.defaultReporting,
    organisation: role.reportingLine[locale],
    contract: { type: role.contract.type, workingTime: 'full-time' },
    location: place ?? { city: '', country: 'FR', remote: 'hybrid', remoteDaysPerWeek: 2 },
    salary: salaryFor(role, place),
    howToApply: { instructions: '' },
    languageRequirement: { required: false, language: '', reason: '' },
  };
}

/**
 * The template's pay band for the job's place: the Québec band (CAD, with its own source and
 * year) for a job in Québec when the role has one, the French band otherwise.
 */
export function salaryBandFor(role: Role, place?: JobDescription['location']): Role['salary'] {
  const quebec = place !== undefined && resolveJurisdiction(place) === 'QC';
  return quebec && role.salaryQuebec ? role.salaryQuebec : role.salary;
}

function salaryFor(role: Role, place?: JobDescription['location']): JobDescription['salary'] {
  const band = salaryBandFor(role, place);
  return { min: band.min, max: band.max, currency: band.currency, period: band.period };
}

/**
 * Template + choices = the job description: every section the draft gives replaces the
 * template's; every section it leaves out comes from the template of `draft.role` (and
 * `draft.speciality`) in `draft.locale`. Call `findDraftReferenceIssues` first: an unknown role
 * throws.
 */
export function composeJobDescription(
  draft: JobDescriptionDraft,
  catalog: Pick<Catalog, 'roles'>,
): JobDescription {
  const role = catalog.roles.find((candidate) => candidate.id === draft.role);
  if (!role) throw new Error(`unknown role id "${draft.role}"`);
  const template = composeTemplate(role, draft.locale, draft.speciality, draft.location);
  const chosen = Object.fromEntries(
    Object.entries(draft).filter(([, value]) => value !== undefined),
  ) as Partial<JobDescription>;
  return { ...template, ...chosen, company: draft.company };
}
