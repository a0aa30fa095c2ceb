import type { SourcingFile } from '../../domain/content/sourcing.ts';
import { renderPdf } from '../../domain/pdf/render.ts';
import { briefPdfModel, briefToMarkdown, buildBrief } from '../../domain/sourcing/brief.ts';
import type { BriefRequest } from '../../domain/sourcing/brief.ts';
import { indexFigures } from '../../domain/sourcing/assumptions.ts';
import { decideSourcing } from '../../domain/sourcing/decide.ts';
import type { PayrollRules, SourcingAnswer } from '../../domain/sourcing/decide.ts';
import { createTranslator } from '../../domain/text/index.ts';
import {
  combineEmployerCost,
  emptyFamilies,
  quebecRatesFromFigures,
} from '../../domain/sourcing/employer-cost.ts';
import type { EmployerCost, PayrollSituation } from '../../domain/sourcing/employer-cost.ts';
import type { SourcingInput } from '../../domain/sourcing/input.ts';
import { buildSourcingSummary, sourcingPdfFileName } from '../../domain/sourcing/pdf-document.ts';
import { presentSourcing } from '../../domain/sourcing/present.ts';
import type { SourcingView } from '../../domain/sourcing/present.ts';
import { toQueryString } from '../../domain/sourcing/query.ts';
import { DICTIONARIES, localizePath } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import {
  frenchEmployerCost,
  frenchMinimumWage,
  isFrenchCostCached,
} from '../payroll/french-employer-cost.ts';
import { loadCatalog, loadSourcingFiles } from '../catalog.ts';
import { loadPdfFonts } from '../pdf-fonts.ts';

/**
 * The one place pages and endpoints ask for sourcing answers, PDFs and briefs. The French cost
 * engine takes 40 to 90 ms per new situation; a decision needs a few dozen, so they are computed
 * ahead, one per turn of the event loop (other requests are served in between), and memoised;
 * the decision itself then runs on memoised costs only. Whole answers are memoised too: the same
 * inputs always give the same answer.
 */

interface SourcingContent {
  files: SourcingFile[];
  employerCost: EmployerCost;
}

let content: Promise<SourcingContent> | undefined;

async function readContent(): Promise<SourcingContent> {
  const files = await loadSourcingFiles();
  const quebec = quebecRatesFromFigures(indexFigures(files));
  return { files, employerCost: combineEmployerCost(frenchEmployerCost, quebec) };
}

/** The sourcing figures and the employer-cost port, read once per process. */
export function loadSourcingContent(): Promise<SourcingContent> {
  content ??= readContent().catch((error: unknown) => {
    content = undefined;
    throw error;
  });
  return content;
}

let minimumWage: PayrollRules['frenchMinimumWage'] | undefined;

/** The year the answer is computed in: the engine's rules and the « dated » mark follow it. */
function currentYear(): number {
  return new Date().getFullYear();
}

/** Lets the event loop serve other requests before the next engine evaluation. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Most passes of "find the missing costs, compute them" before deciding regardless. */
const MAX_WARM_PASSES = 8;

/**
 * Decides with every French cost memoised first. A pass runs the decision with a port that
 * records the situations not yet computed (answering a rough figure meanwhile); those are then
 * computed one per event-loop turn, and the decision runs again, until nothing is missing.
 */
async function decide(input: SourcingInput): Promise<SourcingAnswer> {
  const { files, employerCost } = await loadSourcingContent();
  minimumWage ??= { hourly: frenchMinimumWage().hourly, year: currentYear() };
  const rules = (port: EmployerCost): PayrollRules => ({
    employerCost: port,
    frenchMinimumWage: minimumWage ?? { hourly: 0, year: currentYear() },
  });
  for (let pass = 0; pass < MAX_WARM_PASSES; pass += 1) {
    const missing: PayrollSituation[] = [];
    const recording: EmployerCost = (situation) => {
      if (situation.country === 'fr' && !isFrenchCostCached(situation)) {
        missing.push(situation);
        return {
          total: situation.grossAnnual * 1.3,
          gross: situation.grossAnnual,
          families: emptyFamilies(),
          reductions: 0,
          firstYearAid: 0,
        };
      }
      return employerCost(situation);
    };
    const answer = decideSourcing(input, files, rules(recording));
    if (missing.length === 0) return answer;
    for (const situation of missing) {
      if (isFrenchCostCached(situation)) continue;
      frenchEmployerCost(situation);
      await nextTurn();
    }
  }
  return decideSourcing(input, files, rules(employerCost));
}

const answers = new Map<string, SourcingView>();
/** Memoised answers kept at most (oldest dropped first). */
const MAX_ANSWERS = 1000;

/** Runs the decision helper on validated inputs and presents the answer in one locale. */
export async function answerSourcing(input: SourcingInput, locale: Locale): Promise<SourcingView> {
  const key = `${locale}|${currentYear()}|${JSON.stringify(input)}`;
  const cached = answers.get(key);
  if (cached) return cached;
  const view = presentSourcing(
    await decide(input),
    createTranslator(locale, DICTIONARIES[locale]),
    locale,
    {
      currentYear: currentYear(),
    },
  );
  if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value ?? key);
  answers.set(key, view);
  return view;
}

/** The link that reproduces an answer: the page with the inputs in its query string. */
export function sourcingLink(input: SourcingInput, locale: Locale, origin: string): string {
  const query = toQueryString(input);
  return new URL(`${localizePath('/sourcing/', locale)}${query ? `?${query}` : ''}`, origin).href;
}

/** The PDF summary of an answer: inputs, plan, answer, weights, assumptions; named after the company. */
export async function sourcingPdf(
  input: SourcingInput,
  locale: Locale,
  origin: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const view = await answerSourcing(input, locale);
  const now = new Date();
  const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  }).format(now);
  const model = buildSourcingSummary(view, {
    t: createTranslator(locale, DICTIONARIES[locale]),
    date,
    link: sourcingLink(input, locale, origin),
  });
  return {
    bytes: await renderPdf(model, await loadPdfFonts()),
    fileName: sourcingPdfFileName(input.company, now.toISOString().slice(0, 10), locale),
  };
}

/** The formats the mission brief comes in. */
export type BriefFormat = 'json' | 'md' | 'pdf';

/**
 * The mission brief (cahier des charges) of an answer, from the inputs, the role template chosen
 * (objective, perimeter, red lines, escalation, KPIs) and any proposals to compare: as the view
 * model (JSON), Markdown or PDF.
 */
export async function sourcingBrief(
  request: BriefRequest,
  locale: Locale,
  requestedFormat: string | null,
): Promise<{ body: string | Uint8Array; contentType: string; fileName: string }> {
  const format: BriefFormat =
    requestedFormat === 'md' || requestedFormat === 'pdf' ? requestedFormat : 'json';
  const { proposals, ...input } = request;
  const view = await answerSourcing(input, locale);
  const t = createTranslator(locale, DICTIONARIES[locale]);
  const now = new Date();
  const role = input.role
    ? (await loadCatalog()).roles.find((entry) => entry.id === input.role)
    : undefined;
  const date = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  }).format(now);
  const brief = buildBrief(view, t, { role, proposals, date });
  const fileName = sourcingPdfFileName(
    input.company,
    now.toISOString().slice(0, 10),
    locale,
    'brief',
  );
  if (format === 'pdf') {
    const bytes = await renderPdf(
      briefPdfModel(brief, t('sourcing.pdf.footer')),
      await loadPdfFonts(),
    );
    return { body: bytes, contentType: 'application/pdf', fileName };
  }
  if (format === 'md') {
    return {
      body: briefToMarkdown(brief),
      contentType: 'text/markdown; charset=utf-8',
      fileName: fileName.replace(/\.pdf$/, '.md'),
    };
  }
  return { body: JSON.stringify(brief), contentType: 'application/json', fileName };
}
