import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { indexFigures } from '../../domain/sourcing/assumptions.ts';
import { quebecRatesFromFigures } from '../../domain/sourcing/employer-cost.ts';
import type { SourcingInput } from '../../domain/sourcing/input.ts';
import type { SourcingView } from '../../domain/sourcing/present.ts';
import type { Locale } from '../../i18n/index.ts';
import { loadSourcingFiles } from '../catalog.ts';
import type { ContentCoding } from '../http/accept-encoding.ts';
import type { SourcingContent } from './answer-json.ts';
import type * as Documents from './documents.ts';

/**
 * The one place pages and endpoints ask for sourcing answers, PDFs and briefs (made in
 * `documents.ts`, loaded on first use with the PDF engine). A new answer is computed whole in the
 * answer thread (`answer-thread.ts`: URSSAF's engine, the decision and its sensitivity search, the
 * JSON), while this thread serves other requests; answers are memoised here as the JSON sent: the
 * same inputs always give the same answer.
 */

let content: Promise<SourcingContent> | undefined;

async function readContent(): Promise<SourcingContent> {
  const files = await loadSourcingFiles();
  return { files, quebec: quebecRatesFromFigures(indexFigures(files)) };
}

/** The sourcing figures and Québec's payroll rates, read once per process. */
export function loadSourcingContent(): Promise<SourcingContent> {
  content ??= readContent().catch((error: unknown) => {
    content = undefined;
    throw error;
  });
  return content;
}

/** The year the answer is computed in: the engine's rules and the « dated » mark follow it. */
function currentYear(): number {
  return new Date().getFullYear();
}

let threadFailureLogged = false;

/**
 * A new answer's JSON, from the answer thread. When that thread cannot run, the same work is done
 * on this thread (slower for other requests, but an answer all the same), said once in the log;
 * an error of the decision itself is not retried.
 */
async function computeJson(input: SourcingInput, locale: Locale): Promise<Uint8Array> {
  const sourcing = await loadSourcingContent();
  const year = currentYear();
  // Loaded on demand: a module of its own in the build, which the worker thread runs as well.
  const { AnswerThreadUnavailable, answerInThread } = await import('./answer-thread.ts');
  try {
    return await answerInThread(input, locale, year, sourcing);
  } catch (error) {
    if (!(error instanceof AnswerThreadUnavailable)) throw error;
    if (!threadFailureLogged) {
      threadFailureLogged = true;
      console.error(`Sourcing answer thread unavailable, computing on the main thread: ${error}`);
    }
    const [{ answerJson }, payroll] = await Promise.all([
      import('./answer-json.ts'),
      import('../payroll/french-employer-cost.ts'),
    ]);
    return answerJson(input, locale, year, sourcing, payroll);
  }
}

/**
 * A memoised answer as the JSON the API sends, and that JSON compressed for the codings browsers
 * accept, each made once (by zlib's threads, off the serving thread) when first asked for: the
 * compression middleware would otherwise compress the same 26 KB for every request, which halved
 * the requests served per second to browsers.
 */
interface MemoisedAnswer {
  json: Buffer;
  encoded: Map<Exclude<ContentCoding, 'identity'>, Promise<Buffer>>;
}

/**
 * Memoised answers: `Buffer`s live outside the JavaScript heap, so a thousand answers of about
 * 26 KB (and 6–7 KB compressed) cost the garbage collector nothing, and a memoised answer is sent
 * without being serialised again. The PDF and the brief, rarer, keep a few views.
 */
const answers = new Map<string, MemoisedAnswer>();
const views = new Map<string, SourcingView>();
/** Answers being computed: the same inputs asked again meanwhile wait for the same result. */
const pending = new Map<string, Promise<MemoisedAnswer>>();
/** Memoised answers kept at most (oldest dropped first). */
const MAX_ANSWERS = 1000;
/** Memoised views kept at most, for PDFs and briefs. */
const MAX_VIEWS = 20;

function remember<T>(map: Map<string, T>, key: string, value: T, max: number): void {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value ?? key);
  map.set(key, value);
}

function answerKey(input: SourcingInput, locale: Locale): string {
  return `${locale}|${currentYear()}|${JSON.stringify(input)}`;
}

/** Computes an answer once, whoever else asks for the same inputs meanwhile. */
function computeAnswer(input: SourcingInput, locale: Locale, key: string): Promise<MemoisedAnswer> {
  let running = pending.get(key);
  if (running) return running;
  running = computeJson(input, locale)
    .then((json) => {
      const answer: MemoisedAnswer = {
        json: Buffer.from(json.buffer, json.byteOffset, json.byteLength),
        encoded: new Map(),
      };
      remember(answers, key, answer, MAX_ANSWERS);
      return answer;
    })
    .finally(() => pending.delete(key));
  pending.set(key, running);
  return running;
}

async function memoisedAnswer(
  input: SourcingInput,
  locale: Locale,
  key = answerKey(input, locale),
): Promise<MemoisedAnswer> {
  return answers.get(key) ?? (await computeAnswer(input, locale, key));
}

const compressWithBrotli = promisify(brotliCompress);
const compressWithGzip = promisify(gzip);

/**
 * JSON compressed once per answer: brotli at quality 6 (as small as 9 for this JSON, in under a
 * millisecond; 11 would take about 25), gzip at level 9.
 */
function compress(json: Buffer, coding: Exclude<ContentCoding, 'identity'>): Promise<Buffer> {
  if (coding === 'gzip') return compressWithGzip(json, { level: 9 });
  return compressWithBrotli(json, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 6,
      [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: json.byteLength,
    },
  });
}

/**
 * The answer to validated inputs in one locale as the UTF-8 JSON of its `SourcingView`, in the
 * coding asked for (`identity`: the JSON itself): what `POST /api/sourcing` sends. Memoised by
 * inputs and coding.
 */
export async function answerSourcingBody(
  input: SourcingInput,
  locale: Locale,
  coding: ContentCoding,
): Promise<Buffer> {
  const answer = await memoisedAnswer(input, locale);
  if (coding === 'identity') return answer.json;
  let encoded = answer.encoded.get(coding);
  if (!encoded) {
    encoded = compress(answer.json, coding).catch((error: unknown) => {
      answer.encoded.delete(coding);
      throw error;
    });
    answer.encoded.set(coding, encoded);
  }
  return encoded;
}

/** Runs the decision helper on validated inputs and presents the answer in one locale. */
export async function answerSourcing(input: SourcingInput, locale: Locale): Promise<SourcingView> {
  const key = answerKey(input, locale);
  const cached = views.get(key);
  if (cached) return cached;
  const { json } = await memoisedAnswer(input, locale, key);
  const view = JSON.parse(json.toString('utf8')) as SourcingView;
  remember(views, key, view, MAX_VIEWS);
  return view;
}

/**
 * The PDF summary of an answer (`documents.ts`): loaded on first use, so that answering the API
 * does not load the PDF engine.
 */
export async function sourcingPdf(
  ...args: Parameters<typeof Documents.sourcingPdf>
): ReturnType<typeof Documents.sourcingPdf> {
  return (await import('./documents.ts')).sourcingPdf(...args);
}

/** The mission brief of an answer as JSON, Markdown or PDF (`documents.ts`, loaded on first use). */
export async function sourcingBrief(
  ...args: Parameters<typeof Documents.sourcingBrief>
): ReturnType<typeof Documents.sourcingBrief> {
  return (await import('./documents.ts')).sourcingBrief(...args);
}
