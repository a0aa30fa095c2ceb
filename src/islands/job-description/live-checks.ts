import type { JobDescription } from '../../domain/job-description/draft.ts';
import type { Finding } from '../../domain/job-description/findings.ts';
import type { BuilderCatalog } from './messages.ts';

/** Runs the checks of the job description on screen; the latest request wins. */
export interface LiveChecks {
  check(jobDescription: JobDescription): void;
  stop(): void;
}

/** Calls `task` when the browser is idle (or after `timeout` ms at the latest). */
function whenIdle(task: () => void, timeout = 1500): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
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
  try {
    worker = new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module' });
    worker.postMessage({ type: 'catalog', catalog });
    worker.addEventListener('message', (event: MessageEvent) => {
      const answer = event.data as { request: number; findings: Finding[] };
      if (answer.request === latest) onFindings(answer.findings);
    });
  } catch {
    worker = undefined;
  }
  return {
    check(jobDescription) {
      latest += 1;
      const request = latest;
      cancelIdle?.();
      cancelIdle = whenIdle(() => {
        if (worker) {
          worker.postMessage({ type: 'check', request, jobDescription });
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
