import type { AssessmentSubmission } from './answers.ts';
import type { AssessmentCatalog } from './catalog.ts';
import { findGaps, findStrengths, fitToRoles } from './fit.ts';
import type { Gap, RequirementFit, RoleFit } from './fit.ts';
import { compareToNorms } from './norms.ts';
import type { NormsResult, NormsSample } from './norms.ts';
import { confidenceOf, qualityFlags } from './quality.ts';
import type { Confidence, QualityFlag } from './quality.ts';
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

/** Everything the results screen, the private page, the PDF and the API show. */
export interface AssessmentResult extends Scores {
  version: string;
  /** True when the answers were given to another questionnaire version than the current one. */
  outdated: boolean;
  roles: RoleResult[];
  flags: QualityFlag[];
  /** How far the result can be trusted, from the cautions. */
  confidence: Confidence;
  /** Percentiles among other saved results of the same version, or why there are none. */
  norms: NormsResult;
}

/**
 * The whole pipeline on a valid answer set: scores and calibrated levels → fit and gaps per role →
 * quality cautions and confidence → comparison with other results. Pure: the island, the endpoints
 * and the PDF all call it. The target role, if any, comes first.
 */
export function evaluateAssessment(
  catalog: AssessmentCatalog,
  questionnaire: Questionnaire,
  submission: Pick<
    AssessmentSubmission,
    'version' | 'locale' | 'answers' | 'context' | 'elapsedSeconds' | 'seed'
  >,
  norms?: NormsSample,
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
  const flags = qualityFlags(questionnaire, scores, submission);
  return {
    version: submission.version,
    outdated: submission.version !== questionnaire.version,
    ...scores,
    roles,
    flags,
    confidence: confidenceOf(flags),
    norms: compareToNorms(scores, submission.version, norms),
  };
}
