/**
 * Runs the simulated respondents through the real domain code (`evaluateAssessment`) and
 * measures what issue 13 asks: accuracy for honest people, detection of careless patterns, false
 * alarms, and the fit that content-free answers get.
 */
import type { AssessmentCatalog, AssessmentResult } from '../../src/domain/assessment/index.ts';
import { buildQuestionnaire, evaluateAssessment } from '../../src/domain/assessment/index.ts';
import {
  CARELESS_PATTERNS,
  describeQuestionnaire,
  Random,
  simulateRespondent,
  UNSEEN_PATTERNS,
} from './respondents.ts';
import type { Pattern, Respondent } from './respondents.ts';

/** Targets of issue 13, point 7. */
export const TARGETS = {
  meanCorrelation: 0.8,
  carelessFlagged: 0.9,
  honestFlagged: 0.05,
  contentFreeFit: 50,
  /** Longest-option pickers may not beat random choice by more than this (0–1 scale). */
  scenarioAdvantage: 0.05,
} as const;

export interface SimulationReport {
  seed: number;
  noise: number;
  questionnaire: string;
  honestCount: number;
  perPattern: number;
  /** Pearson r between score and true level, per skill, among honest respondents. */
  correlations: Record<string, number>;
  meanCorrelation: number;
  /** The same with the calibrated level 1–4 instead of the score. */
  meanLevelCorrelation: number;
  honestFlagged: number;
  /** Share flagged (at least one caution) per pattern. */
  flagged: Record<string, number>;
  /** Share whose confidence is "low", per pattern (honest included). */
  lowConfidence: Record<string, number>;
  /** Mean fit over the three roles, per pattern (honest included). */
  meanFit: Record<string, number>;
  /** Mean share of the best scenario points (0–1), per pattern. */
  scenarioCredit: Record<string, number>;
  /** Honest respondents whose every true level is 2.5: share of their levels at 2–3, and at 4. */
  midLevel: { levels2to3: number; level4: number; meanFit: number };
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Scores a respondent with the real pipeline. */
function evaluate(
  catalog: AssessmentCatalog,
  respondent: Respondent,
  version: string,
  questionnaire: ReturnType<typeof buildQuestionnaire>,
): AssessmentResult {
  return evaluateAssessment(catalog, questionnaire, {
    version,
    locale: respondent.locale,
    answers: respondent.answers,
    context: {},
    elapsedSeconds: respondent.elapsedSeconds,
    seed: respondent.seed,
  });
}

const scenarioCredit = (result: AssessmentResult) =>
  mean(
    result.skills.flatMap((s) =>
      s.evidence.filter((e) => e.source === 'scenario').map((e) => e.value),
    ),
  );

/** Runs the whole simulation with a fixed seed. */
export function runSimulation(
  catalog: AssessmentCatalog,
  options: {
    seed?: number | undefined;
    honest?: number | undefined;
    perPattern?: number | undefined;
    /** Item noise of honest answers (sd on the 1–5 scale); 0.75 by default. */
    noise?: number | undefined;
  } = {},
): SimulationReport {
  const seed = options.seed ?? 20_261_130;
  const honestCount = options.honest ?? 1000;
  const perPattern = options.perPattern ?? 300;
  const random = new Random(seed);
  const questionnaire = buildQuestionnaire(catalog);
  const run = (pattern: Pattern, count: number) =>
    Array.from({ length: count }, () => {
      const respondent = simulateRespondent(catalog, questionnaire, pattern, random, {
        noise: options.noise,
      });
      return {
        respondent,
        result: evaluate(catalog, respondent, questionnaire.version, questionnaire),
      };
    });

  const honest = run('honest', honestCount);
  const skills = [...new Set(honest.flatMap((h) => Object.keys(h.respondent.truth)))].sort();
  const correlations: Record<string, number> = {};
  const levelCorrelations: number[] = [];
  for (const skill of skills) {
    const pairs = honest.flatMap(({ respondent, result }) => {
      const scored = result.skills.find((s) => s.skill === skill);
      const truth = respondent.truth[skill];
      return scored && truth !== undefined ? [[truth, scored.score, scored.level] as const] : [];
    });
    if (pairs.length < 10) continue;
    correlations[skill] = round(
      pearson(
        pairs.map((p) => p[0]),
        pairs.map((p) => p[1]),
      ),
    );
    levelCorrelations.push(
      pearson(
        pairs.map((p) => p[0]),
        pairs.map((p) => p[2]),
      ),
    );
  }

  const flagged: Record<string, number> = {};
  const lowConfidence: Record<string, number> = {};
  const meanFit: Record<string, number> = {};
  const credit: Record<string, number> = {};
  const record = (pattern: string, rows: { result: AssessmentResult }[]) => {
    flagged[pattern] = round(mean(rows.map((r) => (r.result.flags.length > 0 ? 1 : 0))));
    lowConfidence[pattern] = round(mean(rows.map((r) => (r.result.confidence === 'low' ? 1 : 0))));
    meanFit[pattern] = round(
      mean(rows.map((r) => mean(r.result.roles.map((role) => role.fit)))),
      1,
    );
    credit[pattern] = round(mean(rows.map((r) => scenarioCredit(r.result))));
  };
  record('honest', honest);
  for (const pattern of [...CARELESS_PATTERNS, ...UNSEEN_PATTERNS]) {
    record(pattern, run(pattern, perPattern));
  }

  // A mid-level group: honest answers from people whose every true level is 2.5.
  const midTruth = Object.fromEntries(skills.map((skill) => [skill, 2.5]));
  const mid = Array.from({ length: perPattern }, () =>
    evaluate(
      catalog,
      simulateRespondent(catalog, questionnaire, 'honest', random, {
        truth: midTruth,
        noise: options.noise,
      }),
      questionnaire.version,
      questionnaire,
    ),
  );
  const midLevels = mid.flatMap((result) => result.skills.map((s) => s.level));

  return {
    seed,
    noise: options.noise ?? 0.75,
    questionnaire: describeQuestionnaire(questionnaire),
    honestCount,
    perPattern,
    correlations,
    meanCorrelation: round(mean(Object.values(correlations))),
    meanLevelCorrelation: round(mean(levelCorrelations)),
    honestFlagged: flagged['honest'] ?? 0,
    flagged,
    lowConfidence,
    meanFit,
    scenarioCredit: credit,
    midLevel: {
      levels2to3: round(mean(midLevels.map((l) => (l === 2 || l === 3 ? 1 : 0)))),
      level4: round(mean(midLevels.map((l) => (l === 4 ? 1 : 0)))),
      meanFit: round(mean(mid.map((r) => mean(r.roles.map((role) => role.fit)))), 1),
    },
  };
}

/** The report as the command prints it (also pasted into the README). */
export function formatReport(report: SimulationReport): string {
  const lines: string[] = [];
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  lines.push(`Self-assessment simulation · seed ${report.seed}`);
  lines.push(`Questionnaire: ${report.questionnaire}`);
  lines.push(
    `Honest respondents: ${report.honestCount}; each other pattern: ${report.perPattern}; item noise ${report.noise}`,
  );
  lines.push('');
  lines.push(
    `Score vs true level (Pearson r), honest respondents — target mean ≥ ${TARGETS.meanCorrelation}`,
  );
  for (const [skill, r] of Object.entries(report.correlations)) {
    lines.push(`  ${skill.padEnd(24)} ${r.toFixed(2)}`);
  }
  lines.push(
    `  mean                     ${report.meanCorrelation.toFixed(2)} (calibrated level 1–4: ${report.meanLevelCorrelation.toFixed(2)})`,
  );
  lines.push('');
  lines.push(
    `Share flagged (at least one caution) — careless target ≥ ${pct(TARGETS.carelessFlagged)}, honest ≤ ${pct(TARGETS.honestFlagged)}`,
  );
  lines.push(
    `  ${'pattern'.padEnd(22)} ${'flagged'.padStart(8)} ${'low conf.'.padStart(10)} ${'mean fit'.padStart(9)} ${'scen. credit'.padStart(13)}`,
  );
  const row = (pattern: string, note = '') =>
    lines.push(
      `  ${pattern.padEnd(22)} ${pct(report.flagged[pattern] ?? 0).padStart(8)} ${pct(report.lowConfidence[pattern] ?? 0).padStart(10)} ${(report.meanFit[pattern] ?? 0).toFixed(1).padStart(8)}% ${(report.scenarioCredit[pattern] ?? 0).toFixed(2).padStart(13)}${note}`,
    );
  row('honest');
  for (const pattern of CARELESS_PATTERNS) row(pattern);
  lines.push('  — patterns not used to design the checks —');
  for (const pattern of UNSEEN_PATTERNS) row(pattern);
  lines.push('');
  lines.push(
    `Fit of content-free answers — target mean ≤ ${TARGETS.contentFreeFit} %: random ${(report.meanFit['random'] ?? 0).toFixed(1)} %, longest option ${(report.meanFit['longest-option'] ?? 0).toFixed(1)} %`,
  );
  const advantage =
    (report.scenarioCredit['longest-option'] ?? 0) - (report.scenarioCredit['random'] ?? 0);
  lines.push(
    `Scenario advantage of picking the longest option over random choice: ${advantage >= 0 ? '+' : ''}${advantage.toFixed(3)} (target ≤ ${TARGETS.scenarioAdvantage})`,
  );
  lines.push(
    `Honest mid-level profile (all true levels 2.5): ${pct(report.midLevel.levels2to3)} of levels at 2–3, ${pct(report.midLevel.level4)} at 4, mean fit ${report.midLevel.meanFit.toFixed(1)} %`,
  );
  return lines.join('\n');
}
