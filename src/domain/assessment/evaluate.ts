import type { AssessmentSubmission } from './answers.ts';
import type { AssessmentCatalog } from './catalog.ts';
import { findGaps, findStrengths, fitToRoles } from './fit.ts';
import type { Gap, RequirementFit, RoleFit } from './fit.ts';
import { qualityFlags } from './quality.ts';
import type { QualityFlag } from './quality.ts';
import type { Questionnaire } from './questionnaire.ts';
import { scoreAnswers } from './scoring.ts';
import type { Scores } from './scoring.ts';

/** Fit to one role with its top strengths and the gaps that cost most. */
export interface RoleResult extends RoleFit {
  strengths: RequirementFit[];
  gaps: Gap[];
  /** True for the role the person named as their target. */
  target: boolean;
}

/** Everything shown on the results screen, the private page and the PDF. */
export interface AssessmentResult extends Scores {
  version: string;
  /** True when the answers were given to another questionnaire version than the current one. */
  outdated: boolean;
  roles: RoleResult[];
  flags: QualityFlag[];
}

/**
 * The whole pipeline on a valid answer set: scores → fit and gaps per role → quality cautions.
 * Pure: the island, the endpoints and the PDF all call it. The target role, if any, comes first.
 */
export function evaluateAssessment(
  catalog: AssessmentCatalog,
  questionnaire: Questionnaire,
  submission: Pick<AssessmentSubmission, 'version' | 'answers' | 'context' | 'elapsedSeconds'>,
): AssessmentResult {
  const scores = scoreAnswers(catalog, questionnaire, submission.answers);
  const target = submission.context.targetRole;
  const roles = fitToRoles(catalog, scores)
    .map((fit) => ({
      ...fit,
      strengths: findStrengths(fit),
      gaps: findGaps(catalog, fit),
      target: fit.role === target,
    }))
    .sort((a, b) => Number(b.target) - Number(a.target));
  return {
    version: submission.version,
    outdated: submission.version !== questionnaire.version,
    ...scores,
    roles,
    flags: qualityFlags(questionnaire, submission.answers, submission.elapsedSeconds),
  };
}
