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
import { BLIND_PROFILES } from '../unit/sourcing/profiles-blind.ts';
import { PROFILES, type Profile } from '../unit/sourcing/profiles.ts';

const files = loadSourcing();
const payroll: PayrollRules = {
  employerCost: combineEmployerCost(
    frenchEmployerCost,
    quebecRatesFromFigures(indexFigures(files)),
  ),
  frenchMinimumWage: { hourly: frenchMinimumWage().hourly, year: new Date().getFullYear() },
};

const cold: number[] = [];
const warm: number[] = [];

/** Runs the helper on a table of profiles: its Markdown lines, agreements and first picks. */
function evaluateTable(profiles: readonly Profile[]) {
  let agreed = 0;
  let firstPick = 0;
  const lines: string[] = [
    '| profile | expert | helper | status | agrees |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const profile of profiles) {
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
  return { lines, agreed, firstPick, total: profiles.length };
}

const team = evaluateTable(PROFILES);
const blind = evaluateTable(BLIND_PROFILES);
const summary = (table: ReturnType<typeof evaluateTable>) =>
  `${table.agreed} / ${table.total} (${Math.round((100 * table.agreed) / table.total)} %); expert's first pick: ${table.firstPick} / ${table.total}`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
process.stdout.write(
  `${team.lines.join('\n')}\n\nAgreement with the expert: ${summary(team)}\n\n` +
    `Blind profiles (an outside expert, tests/unit/sourcing/profiles-blind.ts)\n${blind.lines.join('\n')}\n\n` +
    `Agreement with the blind expert: ${summary(blind)}\n` +
    `Time per answer (decision + plan + sensitivity): median ${median(cold).toFixed(0)} ms with new URSSAF situations, ${median(warm).toFixed(1)} ms with memoised costs\n`,
);
