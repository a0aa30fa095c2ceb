import type { Catalog } from '../content/catalog.ts';
import type { LocalizedText } from '../content/common.ts';
import type { JobDescription } from './draft.ts';
import type { Finding, RuleId, Severity } from './findings.ts';
import { resolveJurisdiction, type Jurisdiction } from './jurisdiction.ts';
import type { ReferenceId } from './references.ts';
import type { AnalysedText } from './text-analysis.ts';

/** What every rule receives. */
export interface LintContext {
  /** The posting's printed texts with their field paths, roles, tokens and languages, analysed once. */
  texts: AnalysedText[];
  /** The law of the job's place. */
  jurisdiction: Jurisdiction;
  /** The day of the check, `YYYY-MM-DD` (pay-transparency status, SMIC in force). */
  today: string;
  catalog?: Pick<Catalog, 'skills'> | undefined;
}

/** A check: a pure function of the job description. */
export type Rule = (jd: JobDescription, context: LintContext) => Finding[];

/** Builds a finding whose id is `rule:field`. */
export function finding(
  rule: RuleId,
  severity: Severity,
  field: string,
  message: LocalizedText,
  fix: LocalizedText,
  references: ReferenceId[],
  extra: Pick<Finding, 'excerpt' | 'suggestion' | 'ground' | 'start' | 'end'> = {},
): Finding {
  return { id: `${rule}:${field}`, rule, severity, field, message, fix, references, ...extra };
}

/** True for a job in Québec (region, postal code, a Québec town, or country CA with region QC). */
export function isQuebec(jd: Pick<JobDescription, 'location'>): boolean {
  return resolveJurisdiction(jd.location) === 'QC';
}
