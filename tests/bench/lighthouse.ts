/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset, simulated throttling) on every tool page
 * of the production build, several runs each, with the machine's load average printed next to
 * the figures (the scores move with the load of a shared machine). Prints one row per page:
 * median and worst performance score, total blocking time, best practices, accessibility.
 * `LH_RUNS` (default 3) and `LH_PAGES` (comma-separated paths) narrow it down; `LH_SAVE=<dir>`
 * keeps each run's full report as JSON.
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

buildIfStale();
const server = await startServer(PORT, mkdtempSync(join(tmpdir(), 'tdu-lh-')));
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
  print('page | perf median (min) | TBT median (max) ms | best practices | a11y | console errors');
  for (const page of PAGES) {
    const perf: number[] = [];
    const tbt: number[] = [];
    let practices = 0;
    let a11y = 0;
    let errors = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.base}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'best-practices', 'accessibility'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${page}`);
      const save = process.env['LH_SAVE'];
      if (save)
        writeFileSync(join(save, `${page.replace(/\W+/g, '_')}-${run}.json`), JSON.stringify(lhr));
      perf.push(Math.round((lhr.categories['performance']?.score ?? 0) * 100));
      tbt.push(Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0));
      practices = Math.round((lhr.categories['best-practices']?.score ?? 0) * 100);
      a11y = Math.round((lhr.categories['accessibility']?.score ?? 0) * 100);
      const details = lhr.audits['errors-in-console']?.details as { items?: unknown[] } | undefined;
      errors = details?.items?.length ?? 0;
    }
    print(
      `${page} | ${median(perf)} (${Math.min(...perf)}) | ${median(tbt)} (${Math.max(...tbt)}) | ${practices} | ${a11y} | ${errors}`,
    );
  }
  print(
    `load average after: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
} finally {
  chrome.kill();
  await server.stop();
}
