/**
 * `npm run bench:sourcing`: `POST /api/sourcing` under 50 concurrent clients for 8 s each, in three
 * cases: the same body every time (what `npm run bench` sends), the 27 expert-labelled company
 * profiles in turn, and a body never seen before each time (a new budget per request, so no
 * memoised answer helps; only the memoised URSSAF situations do). Prints requests per second and
 * latency percentiles; event-loop delay shows whether the decision blocks other requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILES } from '../unit/sourcing/profiles.ts';
import { runLoad } from './load.ts';
import { startServer } from './server.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4499);
const dataDir = mkdtempSync(join(tmpdir(), 'tdu-bench-sourcing-'));
const server = await startServer(PORT, dataDir);
const url = `${server.base}/api/sourcing`;
const bodies = PROFILES.map((profile) => JSON.stringify(profile.draft));
let turn = 0;
let budget = 2000;
const scenarios: [string, () => string][] = [
  ['same body ({})', () => '{}'],
  ['27 profiles in turn', () => bodies[turn++ % bodies.length] ?? '{}'],
  ['a new body each time', () => JSON.stringify({ monthlyBudget: (budget += 1) })],
];
try {
  // Warm the engine and the profiles' URSSAF situations once, as a running server would be.
  for (const body of bodies) {
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  }
  process.stdout.write(
    '| case | req/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: |\n',
  );
  for (const [name, body] of scenarios) {
    const result = await runLoad({ method: 'POST', url, body, expectStatus: 200 });
    process.stdout.write(
      `| ${name} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50Ms.toFixed(1)} | ${result.p99Ms.toFixed(1)} | ${result.errors} |\n`,
    );
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
