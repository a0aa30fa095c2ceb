import type { ModelCompetencyView } from '../../../domain/campaign/api-answers.ts';
import type { SkillInfo } from '../../../domain/campaign/present.ts';
import type { JobDescription } from '../../../domain/job-description/draft.ts';
import type { Locale } from '../../../domain/text/index.ts';

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
  job: Pick<JobDescription, 'competencies' | 'tools'>,
  skills: readonly SkillInfo[],
  locale: Locale,
): CampaignDraftView {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  const model = job.competencies
    .map((competency, position) => {
      const skill = byId.get(competency.skill);
      const kind: ModelCompetencyView['kind'] = skill?.kind === 'know-how' ? 'know-how' : 'soft';
      return {
        position,
        view: {
          skill: competency.skill,
          label: skill?.label[locale] ?? competency.skill,
          kind,
          weight: competency.weight,
          requiredLevel: competency.level,
        },
      };
    })
    .sort(
      (a, b) =>
        KIND_ORDER[a.view.kind] - KIND_ORDER[b.view.kind] ||
        WEIGHT_ORDER[a.view.weight] - WEIGHT_ORDER[b.view.weight] ||
        a.position - b.position,
    )
    .map(({ view }) => view);
  const tools = job.tools.map((tool) => byId.get(tool.skill)?.label[locale] ?? tool.skill);
  return { model, tools };
}
