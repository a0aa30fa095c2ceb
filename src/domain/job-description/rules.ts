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
  const byField = new Map(context.texts.map((text) => [text.field, text.text]));
  const findings = Object.values(RULES).flatMap((rule) => rule(jd, context));
  return sortFindings(findings.map((finding) => withContext(finding, byField.get(finding.field))));
}

/** Characters of context shown on each side of the words at fault. */
const CONTEXT_CHARS = 40;

/** Adds the words around a finding's span, cut at word boundaries. */
function withContext(finding: Finding, text: string | undefined): Finding {
  const { start, end } = finding;
  if (text === undefined || start === undefined || end === undefined || end <= start)
    return finding;
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  return {
    ...finding,
    context: {
      before: `${from > 0 ? '…' : ''}${text.slice(Math.min(from, start), start)}`,
      text: text.slice(start, end),
      after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
    },
  };
}
