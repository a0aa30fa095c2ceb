import type { JobDescription } from '../job-description/draft.ts';
import type { Locale } from '../text/index.ts';
import type { ModelCompetencyView, ModelToolView } from './api-answers.ts';
import type { CampaignTool, SkillInfo } from './present-candidate.ts';
import type { CompetencyModel } from './schemas.ts';

/**
 * From a job description to a campaign's competency model: what the campaign keeps of the job
 * (its competencies, required levels and weight classes; its tools for the fit), how the model is
 * labelled in a locale, and what the creation page shows before the campaign exists.
 */

type JobModelSource = Pick<JobDescription, 'competencies' | 'tools'>;

/** What a campaign made from this job description keeps of it, in the job's own order. */
export function campaignModelOf(job: JobModelSource): {
  model: CompetencyModel;
  tools: CampaignTool[];
} {
  return {
    model: job.competencies.map((c) => ({ skill: c.skill, level: c.level, weight: c.weight })),
    tools: job.tools.map((t) => ({ skill: t.skill, level: t.level })),
  };
}

/** The model's competencies with their labels in `locale` (the skill's id when it is unknown). */
export function modelCompetencyViews(
  model: CompetencyModel,
  skills: readonly SkillInfo[],
  locale: Locale,
): ModelCompetencyView[] {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  return model.map((c) => {
    const skill = byId.get(c.skill);
    return {
      skill: c.skill,
      label: skill?.label[locale] ?? c.skill,
      kind: skill?.kind === 'know-how' ? 'know-how' : 'soft',
      weight: c.weight,
      requiredLevel: c.level,
    };
  });
}

/** The tools the job requires, with their labels in `locale`. */
export function modelToolViews(
  tools: readonly CampaignTool[],
  skills: readonly SkillInfo[],
  locale: Locale,
): ModelToolView[] {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  return tools.map((t) => ({
    skill: t.skill,
    label: byId.get(t.skill)?.label[locale] ?? t.skill,
    requiredLevel: t.level,
  }));
}

/** What the campaign-creation page shows of the job before the campaign exists. */
export interface CampaignDraftView {
  /** The competencies that become the campaign's model, savoir-être and savoir-agir first. */
  model: ModelCompetencyView[];
  /** Labels of the tools the job requires (measured by the assessment, not in interviews). */
  tools: string[];
}

const KIND_ORDER = { soft: 0, 'know-how': 1 } as const;
const WEIGHT_ORDER = { mandatory: 0, relative: 1 } as const;

/**
 * The competency model a campaign created from this job description will have, labelled in the
 * page's locale and in the order article 001 recruits on: savoir-être and savoir-agir (mandatory)
 * first, savoir-faire (relative) next; the job description's own order within each group.
 */
export function campaignDraftOf(
  job: JobModelSource,
  skills: readonly SkillInfo[],
  locale: Locale,
): CampaignDraftView {
  const { model, tools } = campaignModelOf(job);
  const ordered = modelCompetencyViews(model, skills, locale)
    .map((view, position) => ({ view, position }))
    .sort(
      (a, b) =>
        KIND_ORDER[a.view.kind] - KIND_ORDER[b.view.kind] ||
        WEIGHT_ORDER[a.view.weight] - WEIGHT_ORDER[b.view.weight] ||
        a.position - b.position,
    )
    .map(({ view }) => view);
  return { model: ordered, tools: modelToolViews(tools, skills, locale).map((t) => t.label) };
}
