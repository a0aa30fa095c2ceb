import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { PayrollCost, PayrollSituation } from '../../domain/sourcing/employer-cost.ts';
import { situationKey } from './situation-key.ts';

/**
 * URSSAF's engine in a worker thread. An engine evaluation takes 40 to 90 ms and building the
 * engine about a second and 60 MB: run on the thread that serves requests, each would hold every
 * other request back. So the server's thread keeps only the memoised costs; the situations an
 * answer still needs go to this worker, in one message, and the answer is decided once they are
 * back. The worker starts on the first situation not memoised and stops after a minute without
 * work (its engine's memory goes with it); the memoised costs stay.
 *
 * This module is its own worker: started with `workerData.role` set, it answers requests instead.
 * (One file, so that the production build, which bundles it, has it at `import.meta.url`.)
 */

const ROLE = 'trait-d-union-payroll-engine';

/** A request to the worker (numbered when sent). */
type EngineQuestion = { kind: 'costs'; situations: PayrollSituation[] } | { kind: 'minimum-wage' };
type EngineRequest = EngineQuestion & { id: number };

/** The worker's answer to the request of the same id. */
type EngineAnswer =
  | { id: number; kind: 'costs'; costs: PayrollCost[] }
  | { id: number; kind: 'minimum-wage'; hourly: number; monthly: number }
  | { id: number; kind: 'error'; message: string };

const workerRole: unknown = isMainThread
  ? undefined
  : (workerData as { role?: unknown } | null)?.role;
if (workerRole === ROLE && parentPort) {
  const port = parentPort;
  const engine = import('./french-employer-cost.ts');
  port.on('message', (request: EngineRequest) => {
    void engine
      .then(({ frenchEmployerCost, frenchMinimumWage }): EngineAnswer =>
        request.kind === 'costs'
          ? { id: request.id, kind: 'costs', costs: request.situations.map(frenchEmployerCost) }
          : { id: request.id, kind: 'minimum-wage', ...frenchMinimumWage() },
      )
      .catch((error: unknown): EngineAnswer => ({
        id: request.id,
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((answer) => port.postMessage(answer));
  });
}

/** The costs the worker computed, by situation key (kept on the server's thread). */
const costs = new Map<string, PayrollCost>();
/** Memoised costs kept at most (oldest dropped first). */
const MAX_COSTS = 5000;
/** The worker stops after this long without work. */
const IDLE_MS = 60_000;

let worker: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (answer: EngineAnswer) => void; reject: (error: Error) => void }
>();

function failAll(error: Error): void {
  for (const { reject } of waiting.values()) reject(error);
  waiting.clear();
}

function startWorker(): Worker {
  const started = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });
  started.unref();
  started.on('message', (answer: EngineAnswer) => {
    const entry = waiting.get(answer.id);
    waiting.delete(answer.id);
    entry?.resolve(answer);
    if (waiting.size === 0) scheduleStop();
  });
  // A worker stopped for idleness has nothing waiting; one that fails takes its requests along.
  started.on('error', (error: unknown) => {
    if (worker !== started) return;
    worker = undefined;
    failAll(error instanceof Error ? error : new Error(String(error)));
  });
  started.on('exit', () => {
    if (worker !== started) return;
    worker = undefined;
    failAll(new Error('the payroll engine stopped'));
  });
  return started;
}

function scheduleStop(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const stopping = worker;
    worker = undefined;
    if (stopping && waiting.size === 0) void stopping.terminate();
  }, IDLE_MS);
  idleTimer.unref();
}

function ask(request: EngineQuestion): Promise<EngineAnswer> {
  clearTimeout(idleTimer);
  worker ??= startWorker();
  const id = (nextId += 1);
  const running = worker;
  return new Promise<EngineAnswer>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    running.postMessage({ ...request, id });
  });
}

/** The memoised French employer cost of a situation, or `undefined` when not computed yet. */
export function memoisedFrenchCost(situation: PayrollSituation): PayrollCost | undefined {
  return costs.get(situationKey(situation));
}

/** Computes the French employer costs of some situations in the worker and memoises them. */
export async function computeFrenchCosts(situations: readonly PayrollSituation[]): Promise<void> {
  const unique = [
    ...new Map(
      situations
        .filter((situation) => !costs.has(situationKey(situation)))
        .map((situation) => [situationKey(situation), situation]),
    ).values(),
  ];
  if (unique.length === 0) return;
  const answer = await ask({ kind: 'costs', situations: unique });
  if (answer.kind === 'error') throw new Error(answer.message);
  if (answer.kind !== 'costs') throw new Error('the payroll engine answered something else');
  unique.forEach((situation, index) => {
    const cost = answer.costs[index];
    if (!cost) return;
    if (costs.size >= MAX_COSTS) costs.delete(costs.keys().next().value ?? '');
    costs.set(situationKey(situation), cost);
  });
}

/** The French minimum wage (SMIC) in the engine's rules, computed in the worker. */
export async function engineMinimumWage(): Promise<{ hourly: number; monthly: number }> {
  const answer = await ask({ kind: 'minimum-wage' });
  if (answer.kind === 'error') throw new Error(answer.message);
  if (answer.kind !== 'minimum-wage') throw new Error('the payroll engine answered something else');
  return { hourly: answer.hourly, monthly: answer.monthly };
}
