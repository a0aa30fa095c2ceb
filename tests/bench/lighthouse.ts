/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset, simulated throttling) on every tool page
 * of the production build, several runs each, with the machine's load average printed next to
 * the figures (the scores move with the load of a shared machine). Prints one row per page:
 * median and worst performance score, total blocking time, best practices, accessibility.
 * `LH_RUNS` (default 3) and `LH_PAGES` (comma-separated paths) narrow it down; `LH_SAVE=<dir>`
 * keeps each run's full report as JSON. `LH_COMPARE=<build folder>` (e.g. a copy of `dist` made
 * before a change) serves that build too and alternates the runs between the two, so a before and
 * after are measured in the same minutes, under the same load; each page then gets two rows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildIfStale } from '../../src/bin/build-if-stale.ts';
import { findChromium } from '../browser.ts';
import { startServer } from './server.ts';

const PAGES = (
  process.env['LH_PAGES'] ??
  '/job-description/,/en/job-description/,/assessment/,/en/assessment/,/sourcing/,/en/sourcing/,/my-items/'
).split(',');
const RUNS = Number(process.env['LH_RUNS'] ?? 3);
const PORT = Number(process.env['BENCH_PORT'] ?? 4392);

/** Prints one line of the report. */
const print = (line: string) => process.stdout.write(`${line}\n`);

const COMPARE = process.env['LH_COMPARE'];

buildIfStale();
/** The builds measured: this checkout's, and the one named by `LH_COMPARE` if any. */
const servers = [
  { label: '', server: await startServer(PORT, mkdtempSync(join(tmpdir(), 'tdu-lh-'))) },
  ...(COMPARE
    ? [
        {
          label: ` [${COMPARE}]`,
          server: await startServer(PORT + 1, mkdtempSync(join(tmpdir(), 'tdu-lh-')), {
            OUT_DIR: COMPARE,
          }),
        },
      ]
    : []),
];
const chrome = await launch({
  chromePath: process.env['CHROME_PATH'] ?? findChromium().path ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
try {
  print(
    `load average before: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')} (${RUNS} runs a page)`,
  );
  print(
    'page | perf median (min) | TBT median (max) ms | best practices | a11y | console errors | runs not finished',
  );
  for (const page of PAGES) {
    const rows = servers.map(() => ({
      perf: [] as number[],
      tbt: [] as number[],
      practices: 0,
      a11y: 0,
      errors: 0,
      /** Runs Lighthouse could not finish (a runtime error, no performance score), by error code. */
      failed: [] as string[],
    }));
    for (let run = 0; run < RUNS; run++) {
      for (const [index, { server }] of servers.entries()) {
        const row = rows[index];
        if (!row) continue;
        const result = await lighthouse(`${server.base}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'best-practices', 'accessibility'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${page}`);
        const save = process.env['LH_SAVE'];
        if (save) {
          const name = `${page.replace(/\W+/g, '_')}${index > 0 ? '-compare' : ''}-${run}.json`;
          writeFileSync(join(save, name), JSON.stringify(lhr));
        }
        const score = lhr.categories['performance']?.score;
        if (lhr.runtimeError || score === null || score === undefined) {
          // A run that did not finish is not a score of 0: it is counted and named apart.
          row.failed.push(lhr.runtimeError?.code ?? 'NO_SCORE');
          continue;
        }
        row.perf.push(Math.round(score * 100));
        row.tbt.push(Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0));
        row.practices = Math.round((lhr.categories['best-practices']?.score ?? 0) * 100);
        row.a11y = Math.round((lhr.categories['accessibility']?.score ?? 0) * 100);
        const details = lhr.audits['errors-in-console']?.details as
          { items?: unknown[] } | undefined;
        row.errors = details?.items?.length ?? 0;
      }
    }
    for (const [index, { label }] of servers.entries()) {
      const row = rows[index];
      if (!row) continue;
      print(
        `${page}${label} | ${row.perf.length > 0 ? `${median(row.perf)} (${Math.min(...row.perf)}) | ${median(row.tbt)} (${Math.max(...row.tbt)})` : '– | –'} | ${row.practices} | ${row.a11y} | ${row.errors} | ${row.failed.length > 0 ? `${row.failed.length} (${row.failed.join(', ')})` : 0}`,
      );
    }
  }
  print(
    `load average after: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
} finally {
  chrome.kill();
  await Promise.all(servers.map(({ server }) => server.stop()));
}
