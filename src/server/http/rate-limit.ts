/** The answer of a rate limiter for one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts requests per client over fixed one-minute windows. */
export interface RateLimiter {
  /** Counts one request of `client` and says whether it is within the limit. */
  take(client: string): RateDecision;
  /** Number of clients currently remembered (for tests: addresses are forgotten after a minute). */
  size(): number;
}

const WINDOW_MS = 60_000;

/**
 * A per-client limit of `perMinute` requests in each one-minute window, starting at the client's
 * first request. `0` allows everything. A client is forgotten (its address dropped from memory)
 * within a few seconds of the end of its window, so no address is kept much longer than a minute.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  const sweep = (time: number) => {
    if (time - lastSweep < 1000) return;
    lastSweep = time;
    for (const [client, window] of windows) {
      if (time - window.start >= WINDOW_MS) windows.delete(client);
    }
  };
  // Forget ended windows even when no request comes in; the timer never keeps the process alive.
  setInterval(() => sweep(now()), 5_000).unref();
  return {
    take(client) {
      const time = now();
      sweep(time);
      if (perMinute <= 0) return { allowed: true };
      let window = windows.get(client);
      if (!window || time - window.start >= WINDOW_MS) {
        window = { start: time, count: 0 };
        windows.set(client, window);
      }
      window.count += 1;
      if (window.count <= perMinute) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + WINDOW_MS - time) / 1000)),
      };
    },
    size() {
      sweep(now());
      return windows.size;
    },
  };
}
