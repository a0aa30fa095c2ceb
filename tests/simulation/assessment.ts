/**
 * `npm run simulate:assessment`: simulated respondents scored by the real domain code; prints
 * accuracy, detection of careless answers, false alarms and the fit of content-free answers.
 * Options: `--seed N`, `--honest N`, `--per-pattern N`, `--noise SD` (item noise of honest answers).
 */
import { parseArgs } from 'node:util';
import { loadCatalog } from '../helpers/load-catalog.ts';
import { formatReport, runSimulation } from './run.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    honest: { type: 'string' },
    'per-pattern': { type: 'string' },
    noise: { type: 'string' },
  },
});
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const report = runSimulation(loadCatalog(), {
  seed: number(values.seed),
  honest: number(values.honest),
  perPattern: number(values['per-pattern']),
  noise: number(values.noise),
});
process.stdout.write(`${formatReport(report)}\n`);
