import { Agent, request } from 'node:http';

/** One load scenario: a request sent again and again by concurrent clients for a bounded time. */
export interface LoadScenario {
  method: 'GET' | 'POST';
  url: string;
  /** JSON body for POST; a function gives a fresh body per request. */
  body?: string | (() => string);
  /** Status a successful answer has. */
  expectStatus: number;
  /** Other addresses of the same endpoint (other instances): requests go round the list. */
  alsoUrls?: string[];
}

/** Throughput and latency of a scenario over one window of time. */
export interface LoadWindow {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * A scenario's steady state (the figures), and the first seconds of the same load before it,
 * when the server's code is still being compiled and its memoised answers computed (`warmUp`).
 */
export interface LoadResult extends LoadWindow {
  warmUp: LoadWindow;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

let turn = 0;

function once(agent: Agent, scenario: LoadScenario): Promise<{ ms: number; ok: boolean }> {
  const body = typeof scenario.body === 'function' ? scenario.body() : scenario.body;
  const urls = [scenario.url, ...(scenario.alsoUrls ?? [])];
  turn += 1;
  const url = new URL(urls[turn % urls.length] ?? scenario.url);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        method: scenario.method,
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        headers: body
          ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            ms: performance.now() - started,
            ok: res.statusCode === scenario.expectStatus,
          }),
        );
      },
    );
    req.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    if (body) req.write(body);
    req.end();
  });
}

/** Runs `clients` concurrent clients until `deadline` (and at most `maxRequests` in all). */
async function loadWindow(
  scenario: LoadScenario,
  clients: number,
  seconds: number,
  maxRequests: number,
): Promise<LoadWindow> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const client = async () => {
    while (performance.now() < deadline && sent < maxRequests) {
      sent += 1;
      const { ms, ok } = await once(agent, scenario);
      latencies.push(ms);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

/**
 * Runs `clients` concurrent clients on loopback: first for `warmUpSeconds`, reported apart (the
 * server compiles its hot code and fills its memos then, as in the first seconds of any server's
 * life), then for `seconds`, the figures: requests per second and latency percentiles.
 */
export async function runLoad(
  scenario: LoadScenario,
  {
    clients = 50,
    seconds = 8,
    warmUpSeconds = 8,
    maxRequests = 100_000,
    beforeMeasuring = () => Promise.resolve(),
  }: {
    clients?: number;
    seconds?: number;
    warmUpSeconds?: number;
    maxRequests?: number;
    /** Called between the warm-up and the measured window (to reset the server's counters). */
    beforeMeasuring?: () => Promise<unknown>;
  } = {},
): Promise<LoadResult> {
  const warmUp = await loadWindow(scenario, clients, warmUpSeconds, maxRequests);
  await beforeMeasuring();
  return { ...(await loadWindow(scenario, clients, seconds, maxRequests)), warmUp };
}

/** A table row: the steady state's figures, then the warm-up's throughput and p99. */
export function loadRow(name: string, row: LoadResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return (
    `| ${name} | ${row.requestsPerSecond.toFixed(0)} | ${ms(row.p50Ms)} | ${ms(row.p99Ms)} | ` +
    `${row.errors} | ${row.warmUp.requestsPerSecond.toFixed(0)}, ${ms(row.warmUp.p99Ms)} |`
  );
}
