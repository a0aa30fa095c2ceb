/**
 * `npm run eval:checks`: runs the job-ad checks on the labelled corpus and prints precision and
 * recall per ground and per jurisdiction, then every miss, false alarm, severity mismatch and clean
 * fragment given an error. Exits non-zero when the targets are not met (as the unit test does).
 */
import { evaluateCorpus, UNSEEN_DIR, type Score } from './corpus.ts';

const TARGETS = { precision: 0.95, recall: 0.9 };
const evaluation = evaluateCorpus();
const pct = (value: number) => value.toFixed(3);
const row = (name: string, value: Score) =>
  `${name.padEnd(18)} ${String(value.tp).padStart(4)} ${String(value.fp).padStart(4)} ${String(value.fn).padStart(4)}   ${pct(value.precision)}   ${pct(value.recall)}`;
const header = `${'label'.padEnd(18)}   tp   fp   fn   precision recall`;
const quote = (text: string) => (text.length > 110 ? `${text.slice(0, 107)}…` : text);
const textOf = (entry: {
  text?: string | undefined;
  fields?: Record<string, string> | undefined;
}) => entry.text ?? Object.values(entry.fields ?? {}).join(' | ');

const lines: string[] = [];
lines.push(
  `Corpus: ${evaluation.entries} fragments (${evaluation.clean} clean), tests/corpus/job-ads/*.yaml`,
);
lines.push('', 'Per ground', header);
for (const [name, value] of evaluation.byGround) lines.push(row(name, value));
lines.push('', 'Per jurisdiction', header);
for (const [name, value] of evaluation.byJurisdiction) lines.push(row(name, value));
lines.push('', 'Per corpus file', header);
for (const [name, value] of evaluation.byFile) lines.push(row(name.replace('.yaml', ''), value));
lines.push('', row('OVERALL', evaluation.overall));
lines.push(`Clean fragments given an error: ${evaluation.cleanWithError.length}`);
lines.push(
  `Places resolved to another jurisdiction than labelled: ${evaluation.jurisdictionMisses.length}`,
);
lines.push(
  `Severity mismatches (label found, other severity): ${evaluation.severityMismatches.length}`,
);
lines.push('', `Misses (${evaluation.misses.length})`);
for (const { result, label } of evaluation.misses)
  lines.push(`  ${result.entry.id} [${label}] ${quote(textOf(result.entry))}`);
lines.push('', `False alarms (${evaluation.falseAlarms.length})`);
for (const { result, label } of evaluation.falseAlarms) {
  const finding = result.found.get(label);
  lines.push(
    `  ${result.entry.id} [${label}:${finding?.severity}] «${finding?.excerpt ?? ''}» in ${quote(textOf(result.entry))}`,
  );
}
lines.push('', `Severity mismatches (${evaluation.severityMismatches.length})`);
for (const { result, label, expected, found } of evaluation.severityMismatches) {
  lines.push(
    `  ${result.entry.id} [${label}] expected ${expected}, found ${found}: ${quote(textOf(result.entry))}`,
  );
}
for (const result of evaluation.jurisdictionMisses) {
  lines.push(
    `  jurisdiction: ${result.entry.id} labelled ${result.entry.j}, resolved ${result.jurisdiction}`,
  );
}
const unseen = evaluateCorpus(undefined, UNSEEN_DIR);
lines.push(
  '',
  `Unseen set: ${unseen.entries} fragments (${unseen.clean} clean), tests/corpus/job-ads-unseen/*.yaml`,
  'written blind, never used to change a rule: an estimate on ads nobody on the team has read',
  header,
);
for (const [name, value] of unseen.byFile) lines.push(row(name.replace('.yaml', ''), value));
lines.push(`Clean fragments given an error: ${unseen.cleanWithError.length}`);
lines.push(`Severity mismatches: ${unseen.severityMismatches.length}`);
console.warn(lines.join('\n'));
const ok =
  evaluation.overall.precision >= TARGETS.precision &&
  evaluation.overall.recall >= TARGETS.recall &&
  evaluation.cleanWithError.length === 0;
console.warn(
  `\nTargets (precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, no clean fragment with an error): ${ok ? 'met' : 'NOT met'}`,
);
process.exitCode = ok ? 0 : 1;
