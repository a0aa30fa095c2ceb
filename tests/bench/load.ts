import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { WindowRequest } from './load-thread.ts';
import type { LoadScenario, LoadWindow } from './load-window.ts';

export type { LoadScenario, LoadWindow } from './load-window.ts';

/**
 * A scenario's steady state (the figures), and the first seconds of the same load before it,
 * when the server's code is still being compiled and its memoised answers computed (`warmUp`).
 */
export interface LoadResult extends LoadWindow {
  warmUp: LoadWindow;
}

/**
 * Runs `clients` concurrent clients on loopback: first for `warmUpSeconds`, reported apart (the
 * server compiles its hot code and fills its memos then, as in the first seconds of any server's
 * life), then for `seconds`, the figures: requests per second and latency percentiles. The
 * clients run in a thread of their own (`load-thread.ts`).
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
  // A fresh thread per scenario: its own heap, so no garbage of an earlier load is collected
  // while this one is measured.
  const thread = new Worker(new URL('./load-thread.ts', import.meta.url));
  const window = async (length: number): Promise<LoadWindow> => {
    const request: WindowRequest = { scenario, clients, seconds: length, maxRequests };
    thread.postMessage(request);
    const [result] = (await once(thread, 'message')) as [LoadWindow];
    return result;
  };
  try {
    const warmUp = await window(warmUpSeconds);
    await beforeMeasuring();
    return { ...(await window(seconds)), warmUp };
  } finally {
    await thread.terminate();
  }
}

/** A table row: the steady state's figures, then the warm-up's throughput and p99. */
export function loadRow(name: string, row: LoadResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return (
    `| ${name} | ${row.requestsPerSecond.toFixed(0)} | ${ms(row.p50Ms)} | ${ms(row.p99Ms)} | ` +
    `${row.errors} | ${row.warmUp.requestsPerSecond.toFixed(0)}, ${ms(row.warmUp.p99Ms)} |`
  );
}
