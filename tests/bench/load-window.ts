/**
 * The load generator's work, run in its own thread (`load-thread.ts`): concurrent clients sending
 * a scenario's request again and again for a window of time, on keep-alive connections.
 */
import { BenchConnection, requestBytes } from './http-client.ts';

/** One load scenario: a request sent again and again by concurrent clients for a bounded time. */
export interface LoadScenario {
  method: 'GET' | 'POST';
  url: string;
  /** JSON body for POST; a list gives one body per request, in turn. */
  body?: string | readonly string[];
  /** Other request headers (`Accept-Encoding`, say). */
  headers?: Readonly<Record<string, string>>;
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

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

let turn = 0;

/** The request bytes of a scenario with a fixed body, prepared once per address. */
const prepared = new Map<string, Buffer>();

/** The address and bytes of the scenario's next request (addresses taken in turn). */
function nextRequest(scenario: LoadScenario): { url: string; bytes: Buffer } {
  const urls = [scenario.url, ...(scenario.alsoUrls ?? [])];
  turn += 1;
  const url = urls[turn % urls.length] ?? scenario.url;
  if (Array.isArray(scenario.body)) {
    const body = scenario.body[turn % scenario.body.length];
    return { url, bytes: requestBytes(scenario.method, new URL(url), body, scenario.headers) };
  }
  const body = scenario.body as string | undefined;
  const key = JSON.stringify([scenario.method, url, body, scenario.headers]);
  let bytes = prepared.get(key);
  if (!bytes) {
    bytes = requestBytes(scenario.method, new URL(url), body, scenario.headers);
    prepared.set(key, bytes);
  }
  return { url, bytes };
}

/** One request on a client's own connection to its address: latency, and the expected status? */
async function once(
  connections: Map<string, BenchConnection>,
  scenario: LoadScenario,
): Promise<{ ms: number; ok: boolean }> {
  const { url, bytes } = nextRequest(scenario);
  let connection = connections.get(url);
  if (!connection) {
    const { hostname, port } = new URL(url);
    connections.set(url, (connection = new BenchConnection(hostname, Number(port))));
  }
  const started = performance.now();
  const status = await connection.send(bytes);
  return { ms: performance.now() - started, ok: status === scenario.expectStatus };
}

/** Runs `clients` concurrent clients for `seconds` (and at most `maxRequests` in all). */
export async function loadWindow(
  scenario: LoadScenario,
  clients: number,
  seconds: number,
  maxRequests: number,
): Promise<LoadWindow> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  // Each client keeps its own keep-alive connection (one per address), as a browser tab would.
  const client = async () => {
    const connections = new Map<string, BenchConnection>();
    while (performance.now() < deadline && sent < maxRequests) {
      sent += 1;
      const { ms, ok } = await once(connections, scenario);
      latencies.push(ms);
      if (!ok) errors += 1;
    }
    for (const connection of connections.values()) connection.close();
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
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
