import type { Catalog } from '../content/catalog.ts';
import type { JobDescription } from './draft.ts';
import { sortFindings, type Finding, type RuleId } from './findings.ts';
import { resolveJurisdiction } from './jurisdiction.ts';
import type { LintContext, Rule } from './rule-helpers.ts';
import { PAY_RULES } from './rules-pay.ts';
import { STRUCTURE_RULES } from './rules-structure.ts';
import { STYLE_RULES } from './rules-style.ts';
import { WORDING_RULES } from './rules-wording.ts';
import { analyseTexts, collectTexts } from './text-analysis.ts';

export type { LintContext, Rule } from './rule-helpers.ts';
export { isQuebec } from './rule-helpers.ts';
export { LENGTH_LIMITS } from './rules-structure.ts';

/** Every check, by id: the compiler makes sure each `RuleId` has one. */
export const RULES: Record<RuleId, Rule> = {
  ...WORDING_RULES,
  ...PAY_RULES,
  ...STRUCTURE_RULES,
  ...STYLE_RULES,
};

/** Options of a check run. */
export interface LintOptions {
  /** The day of the check, `YYYY-MM-DD`; today by default. */
  today?: string;
}

/**
 * Checks a job description against every rule and returns the findings, errors first. Pure but
 * for the default date: the island runs it on every change, the API returns it, the tests call it.
 */
export function lintJobDescription(
  jd: JobDescription,
  catalog?: Pick<Catalog, 'skills'>,
  options: LintOptions = {},
): Finding[] {
  const context: LintContext = {
    texts: analyseTexts(collectTexts(jd), jd.locale),
    jurisdiction: resolveJurisdiction(jd.location),
    today: options.today ?? new Date().toISOString().slice(0, 10),
    catalog,
  };
  return sortFindings(Object.values(RULES).flatMap((rule) => rule(jd, context)));
}
