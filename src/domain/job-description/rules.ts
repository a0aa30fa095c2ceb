import type { Catalog } from '../content/catalog.ts';
import type { JobDescription } from './draft.ts';
import { sortFindings, type Finding, type RuleId } from './findings.ts';
import type { LintContext, Rule } from './rule-helpers.ts';
import { STRUCTURE_RULES } from './rules-structure.ts';
import { WORDING_RULES } from './rules-wording.ts';
import { collectTexts } from './scan-terms.ts';

export type { LintContext, Rule } from './rule-helpers.ts';
export { isQuebec } from './rule-helpers.ts';
export { LENGTH_LIMITS } from './rules-structure.ts';

/** Every check, by id: the compiler makes sure each `RuleId` has one. */
export const RULES: Record<RuleId, Rule> = { ...WORDING_RULES, ...STRUCTURE_RULES };

/**
 * Checks a job description against every rule and returns the findings, errors first. Pure: the
 * island runs it on every change, the API returns it, the tests call it directly.
 */
export function lintJobDescription(
  jd: JobDescription,
  catalog?: Pick<Catalog, 'skills'>,
): Finding[] {
  const context: LintContext = { texts: collectTexts(jd), catalog };
  return sortFindings(Object.values(RULES).flatMap((rule) => rule(jd, context)));
}
