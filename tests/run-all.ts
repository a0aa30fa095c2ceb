/**
 * `npm test`: builds when needed, runs the unit tests (vitest) then the end-to-end tests
 * (Playwright against the production build), and ends with one line `N passed, N failed`
 * counting both. Exits non-zero when anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from '../src/bin/build-if-stale.ts';
import { PROJECT_ROOT } from '../src/bin/paths.ts';
import { findChromium, NO_BROWSER_MESSAGE } from './browser.ts';

interface Count {
  passed: number;
  failed: number;
  skipped: number;
  /** Names of the skipped tests (their names say what they need), printed at the end. */
  skippedNames?: string[];
}

const reports = join(PROJECT_ROOT, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(bin: string, args: string[]): number {
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules', ...bin.split('/')), ...args],
    {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        FORCE_COLOR: process.env['CI'] ? '0' : (process.env['FORCE_COLOR'] ?? '1'),
      },
    },
  );
  return result.status ?? 1;
}

function readJson(file: string): unknown {
  const path = join(reports, file);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Counts from vitest's JSON report; a missing report or a file that failed to load counts as a failure. */
function vitestCount(exitCode: number): Count {
  const report = readJson('vitest.json') as
    | {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
        testResults: {
          status: string;
          assertionResults: { status: string; fullName: string }[];
        }[];
      }
    | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  const failed = report.numFailedTests + brokenFiles;
  return {
    passed: report.numPassedTests,
    failed: failed === 0 && exitCode !== 0 ? 1 : failed,
    skipped: report.numPendingTests + report.numTodoTests,
    skippedNames: report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => ['skipped', 'pending', 'todo'].includes(test.status))
        .map((test) => test.fullName),
    ),
  };
}

/** Counts from Playwright's JSON report; flaky (passed on retry) counts as passed. */
function playwrightCount(exitCode: number): Count {
  const report = readJson('playwright.json') as
    | {
        stats: { expected: number; unexpected: number; flaky: number; skipped: number };
        errors?: unknown[];
      }
    | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const failed = report.stats.unexpected + (report.errors?.length ?? 0);
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: failed === 0 && exitCode !== 0 ? 1 : failed,
    skipped: report.stats.skipped,
  };
}

buildIfStale();

const unitExit = run('vitest/vitest.mjs', ['run']);
const unit = vitestCount(unitExit);

let e2e: Count;
const browser = findChromium();
if (!browser.source) {
  process.stderr.write(`\n${NO_BROWSER_MESSAGE}\n\n`);
  e2e = { passed: 0, failed: 1, skipped: 0 };
} else {
  process.stdout.write(`\nEnd-to-end tests in ${browser.source}\n`);
  const e2eExit = run('@playwright/test/cli.js', ['test']);
  e2e = playwrightCount(e2eExit);
}

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
const skipped = unit.skipped + e2e.skipped;
for (const name of unit.skippedNames ?? []) process.stdout.write(`skipped: ${name}\n`);
process.stdout.write(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed · e2e: ${e2e.passed} passed, ${e2e.failed} failed\n`,
);
process.stdout.write(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
