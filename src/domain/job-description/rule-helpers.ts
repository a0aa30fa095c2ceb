import type { Catalog } from '../content/catalog.ts';
import type { LocalizedText } from '../content/common.ts';
import type { JobDescription } from './draft.ts';
import type { Finding, RuleId, Severity } from './findings.ts';
import { fold } from './normalize-text.ts';
import type { ReferenceId } from './references.ts';
import type { ScannedText } from './scan-terms.ts';

/** What every rule receives. */
export interface LintContext {
  /** The posting's free texts with their field paths, collected once. */
  texts: ScannedText[];
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
  extra: Pick<Finding, 'excerpt' | 'suggestion'> = {},
): Finding {
  return { id: `${rule}:${field}`, rule, severity, field, message, fix, references, ...extra };
}

/** True for a job in Québec (country CA, region QC or « Québec »). */
export function isQuebec(jd: Pick<JobDescription, 'location'>): boolean {
  const region = fold(jd.location.region ?? '').trim();
  return jd.location.country === 'CA' && (region === 'qc' || region === 'quebec');
}
