/**
 * `npm run bench`: measures the production build on this machine and prints a table —
 * client JavaScript per page, PDF render time and size (with Chromium's print as a yardstick),
 * API throughput and latency under 50 concurrent clients, and the store's write cost at 100 and
 * 20,000 records — for the JSON store and for PostgreSQL (one and two instances). Writes the
 * same figures to `bench/results.json`. Loopback only, bounded in time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildIfStale } from '../../src/bin/build-if-stale.ts';
import { PROJECT_ROOT } from '../../src/bin/paths.ts';
import { findChromium } from '../browser.ts';
import { fontAssets, gzipSize, gzippedTotal, reachable, upFrontJs } from './js-weight.ts';
import { loadRow, runLoad } from './load.ts';
import type { LoadResult } from './load.ts';
import { startServer } from './server.ts';
import { measurePostgres, postgresRows } from './postgres.ts';
import type { PostgresBench } from './postgres.ts';
import { measureStoreWrites } from './store-writes.ts';

const OUT = process.env['OUT_DIR'] ?? 'dist';
const CLIENT = join(PROJECT_ROOT, OUT, 'client');
const PORT = Number(process.env['BENCH_PORT'] ?? 4391);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

buildIfStale();
const dataDir = mkdtempSync(join(tmpdir(), 'tdu-bench-'));
const server = await startServer(PORT, dataDir);
const results: Record<string, unknown> = {
  machine: {
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
  },
  date: new Date().toISOString(),
};

try {
  // 1. Client JavaScript per page, from the pages the server actually sends.
  const pages = [
    '/',
    '/roles/',
    '/roles/manager/',
    '/skills/',
    '/job-description/',
    '/assessment/',
    '/sourcing/',
  ];
  const jsRows: { page: string; upFrontGzip: number; files: number }[] = [];
  const onDemand = new Set<string>();
  for (const page of pages) {
    const html = await (await fetch(server.base + page)).text();
    const file = join(mkdtempSync(join(tmpdir(), 'tdu-page-')), 'index.html');
    writeFileSync(file, html);
    const { files, onDemand: lazy } = upFrontJs(CLIENT, file);
    for (const chunk of reachable(CLIENT, lazy)) if (!files.has(chunk)) onDemand.add(chunk);
    jsRows.push({ page, upFrontGzip: gzippedTotal(files), files: files.size });
  }
  const fonts = fontAssets(CLIENT);
  results['javascript'] = {
    pages: jsRows,
    onDemandJsGzip: gzippedTotal(onDemand),
    onDemandPdfEngineGzip: gzippedTotal(
      [...onDemand].filter((file) => readFileSync(file, 'utf8').includes('FontFile2')),
    ),
    onDemandFontsGzip: fonts.reduce((sum, font) => sum + gzipSize(readFileSync(font)), 0),
  };

  // 2. PDFs rendered by the server, and Chromium printing the same job description page.
  const pdfRows: { document: string; medianMs: number; bytes: number }[] = [];
  const jsonHeaders = { 'Content-Type': 'application/json' };
  for (const role of ['manager', 'animator', 'expert']) {
    const body = JSON.stringify({ role, locale: 'fr', company: { name: 'Banc d’essai SAS' } });
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 15; i += 1) {
      const started = performance.now();
      const response = await fetch(`${server.base}/api/job-descriptions/preview/pdf`, {
        method: 'POST',
        headers: jsonHeaders,
        body,
      });
      bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`preview PDF for ${role}: ${response.status}`);
      times.push(performance.now() - started);
    }
    pdfRows.push({
      document: `job description (${role})`,
      medianMs: median(times.slice(2)),
      bytes,
    });
  }

  const questionnaire = (await (
    await fetch(`${server.base}/api/assessment/questionnaire?locale=fr`)
  ).json()) as {
    version: string;
    items: { id: string; type: 'statement' | 'scenario' | 'practice' | 'tool' }[];
  };
  const answerFor = { statement: 4, scenario: 'a', practice: 2, tool: 2 } as const;
  const assessmentBody = JSON.stringify({
    version: questionnaire.version,
    locale: 'fr',
    consent: true,
    answers: Object.fromEntries(questionnaire.items.map((item) => [item.id, answerFor[item.type]])),
  });
  const saved = (await (
    await fetch(`${server.base}/api/assessments`, {
      method: 'POST',
      headers: jsonHeaders,
      body: assessmentBody,
    })
  ).json()) as { id: string; token: string };
  const reportTimes: number[] = [];
  let reportBytes = 0;
  for (let i = 0; i < 15; i += 1) {
    const started = performance.now();
    const response = await fetch(`${server.base}/api/assessments/${saved.id}/pdf`, {
      headers: { Authorization: `Bearer ${saved.token}` },
    });
    reportBytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`assessment PDF: ${response.status}`);
    reportTimes.push(performance.now() - started);
  }
  pdfRows.push({
    document: 'assessment report',
    medianMs: median(reportTimes.slice(2)),
    bytes: reportBytes,
  });

  const draft = (await (
    await fetch(`${server.base}/api/job-descriptions`, {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({
        role: 'manager',
        locale: 'fr',
        company: { name: 'Banc d’essai SAS' },
      }),
    })
  ).json()) as { id: string };
  const browserPath = findChromium().path;
  const browser = await chromium.launch({
    ...(browserPath ? { executablePath: browserPath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage();
  const pageUrl = `${server.base}/job-descriptions/${draft.id}/`;
  await page.goto(pageUrl);
  // Chromium measured two ways: printing a page already loaded (its best case), and what a
  // "print the HTML page" service really does for each document: load the page, then print.
  const printOnly: number[] = [];
  const loadAndPrint: number[] = [];
  for (let i = 0; i < 8; i += 1) {
    let started = performance.now();
    await page.pdf({ format: 'A4' });
    printOnly.push(performance.now() - started);
    started = performance.now();
    await page.goto(pageUrl);
    await page.pdf({ format: 'A4' });
    loadAndPrint.push(performance.now() - started);
  }
  await browser.close();
  const chromiumMs = median(printOnly.slice(1));
  const chromiumLoadMs = median(loadAndPrint.slice(1));
  const managerMs = pdfRows[0]?.medianMs ?? Number.NaN;
  results['pdf'] = {
    documents: pdfRows,
    chromiumPrintMs: chromiumMs,
    chromiumLoadAndPrintMs: chromiumLoadMs,
    ratio: chromiumMs / managerMs,
    ratioWithLoad: chromiumLoadMs / managerMs,
  };

  // 3. API throughput and latency, 50 concurrent clients: 8 s of warm-up, reported apart, then 8 s.
  const load: Record<string, LoadResult> = {};
  load['POST /api/sourcing'] = await runLoad({
    method: 'POST',
    url: `${server.base}/api/sourcing`,
    body: '{}',
    expectStatus: 200,
  });
  // The same request as a browser sends it, accepting compressed answers.
  load['POST /api/sourcing (Accept-Encoding: gzip, deflate, br, zstd)'] = await runLoad({
    method: 'POST',
    url: `${server.base}/api/sourcing`,
    body: '{}',
    headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' },
    expectStatus: 200,
  });
  load['POST /api/assessments'] = await runLoad({
    method: 'POST',
    url: `${server.base}/api/assessments`,
    body: assessmentBody,
    expectStatus: 201,
  });
  load['GET /roles/manager/'] = await runLoad({
    method: 'GET',
    url: `${server.base}/roles/manager/`,
    expectStatus: 200,
  });
  results['api'] = load;

  // 3b. The same writes on PostgreSQL: the store alone, then the API on one and two instances.
  results['postgres'] = await measurePostgres(assessmentBody);
} finally {
  await server.stop();
}

// 4. Store writes at 100 and 20,000 records, in a fresh data folder.
const storeDir = mkdtempSync(join(tmpdir(), 'tdu-bench-store-'));
results['storage'] = await measureStoreWrites(storeDir);
rmSync(storeDir, { recursive: true, force: true });
rmSync(dataDir, { recursive: true, force: true });

printTable(results);
mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nWritten to bench/results.json\n`);

function printTable(r: Record<string, unknown>): void {
  const out: string[] = [];
  const machine = r['machine'] as { node: string; cores: number; cpu: string };
  out.push(`Node ${machine.node} · ${machine.cores} cores · ${machine.cpu}`, '');
  const js = r['javascript'] as {
    pages: { page: string; upFrontGzip: number; files: number }[];
    onDemandJsGzip: number;
    onDemandPdfEngineGzip: number;
    onDemandFontsGzip: number;
  };
  out.push('| page | JS up front (gzip) | files |', '| --- | ---: | ---: |');
  for (const row of js.pages) out.push(`| ${row.page} | ${kb(row.upFrontGzip)} | ${row.files} |`);
  out.push(
    `| on demand: the PDF engine (pdf-lib, fontkit) | ${kb(js.onDemandPdfEngineGzip)} | |`,
    `| on demand: all lazy chunks (PDF engine, wizard steps, validation) | ${kb(js.onDemandJsGzip)} | |`,
    `| on demand: PDF fonts | ${kb(js.onDemandFontsGzip)} | |`,
    '',
  );
  const pdf = r['pdf'] as {
    documents: { document: string; medianMs: number; bytes: number }[];
    chromiumPrintMs: number;
    chromiumLoadAndPrintMs: number;
    ratio: number;
    ratioWithLoad: number;
  };
  out.push('| PDF | median time (server) | size |', '| --- | ---: | ---: |');
  for (const row of pdf.documents)
    out.push(`| ${row.document} | ${ms(row.medianMs)} | ${kb(row.bytes)} |`);
  out.push(
    `| Chromium page.pdf() of the same job description page, already loaded | ${ms(pdf.chromiumPrintMs)} | ×${pdf.ratio.toFixed(1)} the manager PDF's time |`,
    `| Chromium: load that page, then page.pdf() | ${ms(pdf.chromiumLoadAndPrintMs)} | ×${pdf.ratioWithLoad.toFixed(1)} the manager PDF's time |`,
    '',
  );
  const api = r['api'] as Record<string, LoadResult>;
  out.push(
    '| API (50 clients, 8 s after 8 s of warm-up) | req/s | p50 | p99 | errors | warm-up: req/s, p99 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [name, row] of Object.entries(api)) out.push(loadRow(name, row));
  const storage = r['storage'] as {
    at100Ms: number;
    at20000Ms: number;
    ratio: number;
    fillSeconds: number;
  };
  out.push('', '| store write | median |', '| --- | ---: |');
  out.push(
    `| at 100 records | ${ms(storage.at100Ms)} |`,
    `| at 20,000 records | ${ms(storage.at20000Ms)} |`,
    `| ratio | ×${storage.ratio.toFixed(2)} |`,
  );
  out.push(...postgresRows(r['postgres'] as PostgresBench));
  process.stdout.write(`${out.join('\n')}\n`);
}
