/**
 * `npm run eval:sourcing`: runs the decision helper on the expert-labelled company profiles of
 * `tests/unit/sourcing/profiles.ts` and prints, for each, the expert's pick, the helper's answer
 * and its status, then the agreement rate and how long an answer takes (engine warm and cold).
 */
import { decideSourcing } from '../../src/domain/sourcing/decide.ts';
import type { PayrollRules } from '../../src/domain/sourcing/decide.ts';
import { indexFigures } from '../../src/domain/sourcing/assumptions.ts';
import {
  combineEmployerCost,
  quebecRatesFromFigures,
} from '../../src/domain/sourcing/employer-cost.ts';
import { withDefaults } from '../../src/domain/sourcing/input.ts';
import {
  frenchEmployerCost,
  frenchMinimumWage,
} from '../../src/server/payroll/french-employer-cost.ts';
import { loadSourcing } from '../helpers/load-catalog.ts';
import { PROFILES } from '../unit/sourcing/profiles.ts';

const files = loadSourcing();
const payroll: PayrollRules = {
  employerCost: combineEmployerCost(
    frenchEmployerCost,
    quebecRatesFromFigures(indexFigures(files)),
  ),
  frenchMinimumWage: { hourly: frenchMinimumWage().hourly, year: new Date().getFullYear() },
};

let agreed = 0;
let firstPick = 0;
const cold: number[] = [];
const warm: number[] = [];
const lines: string[] = [
  '| profile | expert | helper | status | agrees |',
  '| --- | --- | --- | --- | --- |',
];
for (const profile of PROFILES) {
  const input = withDefaults(profile.draft);
  let started = performance.now();
  const answer = decideSourcing(input, files, payroll);
  cold.push(performance.now() - started);
  started = performance.now();
  decideSourcing(input, files, payroll);
  warm.push(performance.now() - started);
  const { accept, status, never = [] } = profile.expected;
  const ok =
    accept === 'no-work'
      ? answer.status === 'no-work'
      : answer.recommendation !== null &&
        accept.includes(answer.recommendation) &&
        (status === undefined || status === answer.status) &&
        !never.includes(answer.recommendation);
  if (ok) agreed += 1;
  if (accept === 'no-work' ? ok : answer.recommendation === accept[0]) firstPick += 1;
  lines.push(
    `| ${profile.name} | ${accept === 'no-work' ? 'nothing to staff' : accept.join(' / ')} | ${answer.recommendation ?? '—'} | ${answer.status} | ${ok ? 'yes' : 'NO'} |`,
  );
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
process.stdout.write(
  `${lines.join('\n')}\n\nAgreement with the expert: ${agreed} / ${PROFILES.length} (${Math.round((100 * agreed) / PROFILES.length)} %); expert's first pick: ${firstPick} / ${PROFILES.length}\n` +
    `Time per answer (decision + plan + sensitivity): median ${median(cold).toFixed(0)} ms with new URSSAF situations, ${median(warm).toFixed(1)} ms with memoised costs\n`,
);
