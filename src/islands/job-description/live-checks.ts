import type { JobDescription } from '../../domain/job-description/draft.ts';
import type { Finding } from '../../domain/job-description/findings.ts';
import type { BuilderCatalog } from './messages.ts';

/** Runs the checks of the job description on screen; the latest request wins. */
export interface LiveChecks {
  check(jobDescription: JobDescription): void;
  stop(): void;
}

/** How long the page settles before the first check: the checks never compete with loading. */
const SETTLE_MS = 1200;
let settled = false;

/**
 * Calls `task` when the browser is idle (or after `timeout` ms at the latest); the first time, not
 * before the page has settled for a moment after hydration.
 */
function whenIdle(task: () => void, timeout = 1500): () => void {
  let cancel: () => void = () => undefined;
  const idle = () => {
    settled = true;
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(task, { timeout });
      cancel = () => window.cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(task, 200);
      cancel = () => clearTimeout(handle);
    }
  };
  if (settled) idle();
  else {
    const handle = setTimeout(idle, SETTLE_MS);
    cancel = () => clearTimeout(handle);
  }
  return () => cancel();
}

/**
 * Starts the checks: in a worker when the browser has them (the rules never touch the main
 * thread), else on the main thread at idle time, loaded on demand. `onFindings` receives the
 * findings of the latest description asked for.
 */
export function startLiveChecks(
  catalog: BuilderCatalog,
  onFindings: (findings: Finding[]) => void,
): LiveChecks {
  let latest = 0;
  let cancelIdle: (() => void) | undefined;
  let worker: Worker | undefined;
  let workerFailed = false;
  /** The worker, started on the first check (not with the page): its script loads after it. */
  const ensureWorker = (): Worker | undefined => {
    if (worker || workerFailed) return worker;
    try {
      worker = new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module' });
      worker.postMessage({ type: 'catalog', catalog });
      worker.addEventListener('message', (event: MessageEvent) => {
        const answer = event.data as { request: number; findings: Finding[] };
        if (answer.request === latest) onFindings(answer.findings);
      });
    } catch {
      workerFailed = true;
    }
    return worker;
  };
  return {
    check(jobDescription) {
      latest += 1;
      const request = latest;
      cancelIdle?.();
      cancelIdle = whenIdle(() => {
        const checker = ensureWorker();
        if (checker) {
          checker.postMessage({ type: 'check', request, jobDescription });
          return;
        }
        void import('../../domain/job-description/rules.ts').then(({ lintJobDescription }) => {
          if (request === latest) onFindings(lintJobDescription(jobDescription, catalog));
        });
      });
    },
    stop() {
      cancelIdle?.();
      worker?.terminate();
    },
  };
}
