/**
 * `npm run bench:sourcing`: `POST /api/sourcing` under 50 concurrent clients, in three cases: the
 * same body every time (what `npm run bench` sends), the 27 expert-labelled company profiles in
 * turn, and a body never seen before each time (a new budget per request, so no memoised answer
 * helps; only the answer thread's memoised URSSAF situations do). Each case runs 8 s of warm-up,
 * whose throughput and p99 are printed apart, then 8 s measured: requests per second, latency
 * percentiles, and whether new answers block other requests: the server's own event-loop delay
 * (`monitorEventLoopDelay`, loaded into the server with `--import`) and the latency of a cheap
 * `GET /api/health` sent every 50 ms by one more client meanwhile. The load average is printed with
 * the figures: on a shared machine they move with it, so the server's own CPU time per request
 * (from `/proc`, Linux) is printed too: it does not depend on the machine's load, and compares two
 * versions better than throughput does.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILES } from '../unit/sourcing/profiles.ts';
import { runLoad } from './load.ts';
import { startServer } from './server.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4499);
const dataDir = mkdtempSync(join(tmpdir(), 'tdu-bench-sourcing-'));
const delayFile = join(dataDir, 'event-loop-delay.json');

/**
 * Loaded into the server: on SIGUSR2 it writes the event-loop delay seen since the previous
 * signal (p50, p99, max in ms) to `BENCH_DELAY_FILE`, then starts counting again.
 */
const PROBE = `
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
process.on('SIGUSR2', () => {
  const ms = (ns) => ns / 1e6;
  writeFileSync(process.env.BENCH_DELAY_FILE, JSON.stringify({
    p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max),
  }));
  histogram.reset();
});`;

const server = await startServer(PORT, dataDir, {
  NODE_OPTIONS: [
    process.env['NODE_OPTIONS'] ?? '',
    `--import=data:text/javascript,${encodeURIComponent(PROBE)}`,
  ].join(' '),
  BENCH_DELAY_FILE: delayFile,
});

/** The server's event-loop delay since the previous call. */
async function eventLoopDelay(): Promise<{ p50: number; p99: number; max: number }> {
  rmSync(delayFile, { force: true });
  server.process.kill('SIGUSR2');
  const deadline = Date.now() + 5000;
  while (!existsSync(delayFile) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // The file is written at once; read it when it is whole.
  for (;;) {
    try {
      return JSON.parse(readFileSync(delayFile, 'utf8')) as {
        p50: number;
        p99: number;
        max: number;
      };
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** CPU time the server process has used so far, in ms (user + system, from `/proc`). */
function serverCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses): utime is the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Sends `GET /api/health` every 50 ms until stopped; returns the latencies' p99 and max. */
function probeOtherRequests(): () => Promise<{ p99: number; max: number }> {
  const times: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(`${server.base}/api/health`)).arrayBuffer();
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    times.sort((a, b) => a - b);
    return {
      p99: times[Math.min(times.length - 1, Math.ceil(0.99 * times.length) - 1)] ?? Number.NaN,
      max: times.at(-1) ?? Number.NaN,
    };
  };
}

const url = `${server.base}/api/sourcing`;
const bodies = PROFILES.map((profile) => JSON.stringify(profile.draft));
// More new bodies than both windows can send: a budget of its own for every request.
const newBodies = Array.from({ length: 200_000 }, (_, index) =>
  JSON.stringify({ monthlyBudget: 2001 + index }),
);
const scenarios: [string, string | string[]][] = [
  ['same body ({})', '{}'],
  ['27 profiles in turn', bodies],
  ['a new body each time', newBodies],
];
const ms = (value: number) => value.toFixed(1);
try {
  // Warm the engine and the profiles' URSSAF situations once, as a running server would be.
  for (const body of bodies) {
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  }
  process.stdout.write(
    '| case | req/s | p50 ms | p99 ms | errors | server CPU ms / request | event-loop delay p99 / max ms | GET /api/health meanwhile p99 / max ms | warm-up (8 s): req/s, p99 | load average (1 min) |\n' +
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n',
  );
  for (const [name, body] of scenarios) {
    let cpuBefore = Number.NaN;
    let stopProbe: (() => Promise<{ p99: number; max: number }>) | undefined;
    const result = await runLoad(
      { method: 'POST', url, body, expectStatus: 200 },
      {
        // The server's counters start with the measured window, after the warm-up.
        beforeMeasuring: async () => {
          await eventLoopDelay();
          cpuBefore = serverCpuMs();
          stopProbe = probeOtherRequests();
        },
      },
    );
    const other = (await stopProbe?.()) ?? { p99: Number.NaN, max: Number.NaN };
    const cpuPerRequest = (serverCpuMs() - cpuBefore) / result.requests;
    const delay = await eventLoopDelay();
    process.stdout.write(
      `| ${name} | ${result.requestsPerSecond.toFixed(0)} | ${ms(result.p50Ms)} | ${ms(result.p99Ms)} | ${result.errors} | ${cpuPerRequest.toFixed(2)} | ${ms(delay.p99)} / ${ms(delay.max)} | ${ms(other.p99)} / ${ms(other.max)} | ${result.warmUp.requestsPerSecond.toFixed(0)}, ${ms(result.warmUp.p99Ms)} | ${loadavg()[0]?.toFixed(2)} |\n`,
    );
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
