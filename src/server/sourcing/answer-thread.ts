import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SourcingInput } from '../../domain/sourcing/input.ts';
import type { Locale } from '../../i18n/index.ts';
import { answerJson } from './answer-json.ts';
import type { SourcingContent } from './answer-json.ts';

/**
 * New sourcing answers are computed in a worker thread, whole: URSSAF's engine (about a second and
 * 60 MB to build, 40 to 90 ms per new situation), the decision and its sensitivity search (a few
 * milliseconds, but fifty new answers at once would hold the server for a quarter of a second),
 * the wording and the JSON. The thread that serves requests only sends the inputs and receives the
 * bytes (transferred, not copied), so it keeps answering other requests meanwhile; answers are
 * memoised there (`service.ts`). The worker starts on the first new answer and stops after a
 * minute without work (the engine's memory goes with it).
 *
 * This module is its own worker: started with `workerData.role` set, it answers requests instead.
 * (One file, so that the production build, which bundles it, has it at `import.meta.url`.)
 */

const ROLE = 'trait-d-union-sourcing-answers';

/** A message to the worker: the content once, when it starts, then the answers asked for. */
type ThreadMessage =
  | { kind: 'content'; content: SourcingContent }
  | { kind: 'answer'; id: number; input: SourcingInput; locale: Locale; year: number };

/** The worker's reply to the request of the same id. */
type ThreadReply =
  { id: number; kind: 'answer'; json: Uint8Array } | { id: number; kind: 'error'; message: string };

/** The answer thread could not start or stopped: the caller may compute the answer itself. */
export class AnswerThreadUnavailable extends Error {
  override name = 'AnswerThreadUnavailable';
}

const workerRole: unknown = isMainThread
  ? undefined
  : (workerData as { role?: unknown } | null)?.role;
if (workerRole === ROLE && parentPort) {
  const port = parentPort;
  const payroll = import('../payroll/french-employer-cost.ts');
  let content: SourcingContent | undefined;
  port.on('message', (message: ThreadMessage) => {
    if (message.kind === 'content') {
      content = message.content;
      return;
    }
    const { id, input, locale, year } = message;
    void payroll
      .then((engine): ThreadReply => {
        if (!content) throw new Error('the answer thread has no sourcing content');
        return { id, kind: 'answer', json: answerJson(input, locale, year, content, engine) };
      })
      .catch((error: unknown): ThreadReply => ({
        id,
        kind: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }))
      .then((reply) =>
        port.postMessage(reply, reply.kind === 'answer' ? [reply.json.buffer as ArrayBuffer] : []),
      );
  });
}

/** The worker stops after this long without work. */
const IDLE_MS = 60_000;

let worker: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (reply: ThreadReply) => void; reject: (error: Error) => void }
>();

function failAll(error: Error): void {
  for (const { reject } of waiting.values()) reject(error);
  waiting.clear();
}

function startWorker(content: SourcingContent): Worker {
  const started = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });
  started.unref();
  started.postMessage({ kind: 'content', content } satisfies ThreadMessage);
  started.on('message', (reply: ThreadReply) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    entry?.resolve(reply);
    if (waiting.size === 0) scheduleStop();
  });
  // A worker stopped for idleness has nothing waiting; one that fails takes its requests along.
  started.on('error', (error: unknown) => {
    if (worker !== started) return;
    worker = undefined;
    failAll(new AnswerThreadUnavailable(String(error), { cause: error }));
  });
  started.on('exit', () => {
    if (worker !== started) return;
    worker = undefined;
    failAll(new AnswerThreadUnavailable('the sourcing answer thread stopped'));
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

/**
 * Computes a new answer in the answer thread: the JSON `POST /api/sourcing` sends. Rejects with
 * `AnswerThreadUnavailable` when the thread cannot run, and with the thread's own error when the
 * decision failed.
 */
export async function answerInThread(
  input: SourcingInput,
  locale: Locale,
  year: number,
  content: SourcingContent,
): Promise<Uint8Array> {
  clearTimeout(idleTimer);
  let running: Worker;
  try {
    running = worker ??= startWorker(content);
  } catch (error) {
    throw new AnswerThreadUnavailable(String(error), { cause: error });
  }
  const id = (nextId += 1);
  const reply = await new Promise<ThreadReply>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    running.postMessage({ kind: 'answer', id, input, locale, year } satisfies ThreadMessage);
  });
  if (reply.kind === 'error') throw new Error(`sourcing answer thread: ${reply.message}`);
  return reply.json;
}
