import { fileNameOf, formatMessage, typesetFor } from '../text/index.ts';
import type { Locale, MessageParams } from '../text/index.ts';
import type { AssessmentCatalog } from './catalog.ts';
import { findSkill } from './catalog.ts';
import type { AssessmentResult, RoleResult } from './evaluate.ts';
import { LEVEL_THRESHOLDS, SCENARIO_WEIGHT, DECLARED_WEIGHT } from './levels.ts';
import type { QualityFlag } from './quality.ts';
import type { Evidence, SkillScore } from './scoring.ts';

/** The interface strings the view model uses; callers pick them from the `assessment` dictionary. */
export const PRESENT_MESSAGE_KEYS = [
  'assessment.level.1.name',
  'assessment.level.2.name',
  'assessment.level.3.name',
  'assessment.level.4.name',
  'assessment.level.1.text',
  'assessment.level.2.text',
  'assessment.level.3.text',
  'assessment.level.4.text',
  'assessment.confidence.high',
  'assessment.confidence.medium',
  'assessment.confidence.low',
  'assessment.flag.too-fast',
  'assessment.flag.straight-lining',
  'assessment.flag.inconsistent',
  'assessment.flag.acquiescence.agree',
  'assessment.flag.acquiescence.disagree',
  'assessment.flag.attention',
  'assessment.flag.impression',
  'assessment.flag.claims-above-choices',
  'assessment.results.outdated',
  'assessment.why.summary',
  'assessment.why.summarySelfOnly',
  'assessment.why.summaryObservedOnly',
  'assessment.why.band',
  'assessment.why.cap.no-scenario',
  'assessment.why.cap.scenarios-below-best',
  'assessment.why.statement',
  'assessment.why.statementReversed',
  'assessment.why.scenario',
  'assessment.why.declared',
  'assessment.why.declaredNever',
  'assessment.scale.1',
  'assessment.scale.2',
  'assessment.scale.3',
  'assessment.scale.4',
  'assessment.scale.5',
  'assessment.norms.ready',
  'assessment.norms.tooFew',
  'assessment.norms.unavailable',
  'assessment.norms.percentile',
  'assessment.review.yourChoice',
  'assessment.review.best',
  'assessment.review.points',
  'assessment.results.tools.category',
  'assessment.results.tool.never',
  'assessment.results.tool.level',
  'assessment.results.fit.value',
  'assessment.results.fit.gapLine',
  'assessment.results.fit.strengthLine',
  'assessment.results.fit.unmeasured',
  'assessment.toolCategory.social-networks',
  'assessment.toolCategory.scheduling',
  'assessment.toolCategory.listening',
  'assessment.toolCategory.analytics',
  'assessment.toolCategory.design',
  'assessment.toolCategory.community-platforms',
  'assessment.toolCategory.reporting',
] as const;

/** The strings of `PRESENT_MESSAGE_KEYS`, in the result's locale. */
export type PresentMessages = Record<(typeof PRESENT_MESSAGE_KEYS)[number], string>;

/** Fills a message's placeholders (plural forms included) for the locale. */
const fill = (locale: Locale, template: string, params: MessageParams): string =>
  formatMessage(template, params, locale);

/** Content text (scenarios, statements, descriptors) typeset for the locale. */
const typeset = (locale: Locale, text: string): string => typesetFor(locale, text);

/** One level of the legend. */
export interface LevelLegendEntry {
  level: number;
  name: string;
  text: string;
}

/** One skill as every surface shows it. */
export interface SkillView {
  id: string;
  /** Row number, shared by the radar's axes and the table. */
  number: number;
  label: string;
  score: number;
  level: number;
  levelName: string;
  /** "Why this score": how the evidence combines, then each answer that counted. */
  why: { summary: string; cap?: string | undefined; lines: string[] };
  /** "Higher than 62 % of …", when norms are available for this skill. */
  percentile?: string | undefined;
}

/** One tool category with its tools. */
export interface ToolCategoryView {
  id: string;
  label: string;
  score: number;
  scoreText: string;
  tools: { id: string; label: string; level: number; levelText: string }[];
}

/** Fit to one role as every surface shows it. */
export interface RoleView {
  id: string;
  title: string;
  fit: number;
  fitText: string;
  target: boolean;
  strengths: string[];
  gaps: { heading: string; descriptor: string }[];
  unmeasured?: string | undefined;
}

/** One scenario after the test: the choice, the best choice and why. */
export interface ScenarioReview {
  id: string;
  title: string;
  situation: string;
  chosen: { text: string; points: string; rationale: string };
  /** Absent when the choice was the best one. */
  best?: { text: string; rationale: string } | undefined;
  explanation: string;
}

/** The results view model: what the island, the saved page and the PDF all render. */
export interface AssessmentView {
  locale: 'fr' | 'en';
  version: string;
  confidence: { level: AssessmentResult['confidence']; text: string };
  /** Plain explanations of each caution, then the outdated-version note if any. */
  cautions: string[];
  legend: LevelLegendEntry[];
  soft: SkillView[];
  knowHow: SkillView[];
  toolCategories: ToolCategoryView[];
  roles: RoleView[];
  scenarios: ScenarioReview[];
  /** What the comparison with other results says (percentiles, or why there are none). */
  norms: string;
}

/** What the view model is built from. */
export interface PresentInput {
  result: AssessmentResult;
  catalog: AssessmentCatalog;
  /** The raw answers, for the scenario review and the "why" lines. */
  answers: Record<string, unknown>;
  locale: 'fr' | 'en';
  messages: PresentMessages;
}

/** One caution's plain explanation, by flag type. */
const FLAG_TEXT: {
  [T in QualityFlag['type']]: (
    flag: Extract<QualityFlag, { type: T }>,
    input: PresentInput,
  ) => string;
} = {
  'too-fast': (flag, input) =>
    fill(input.locale, input.messages['assessment.flag.too-fast'], {
      minutes: Math.max(1, Math.round(flag.seconds / 60)),
      minimum: Math.ceil(flag.minimum / 60),
    }),
  'straight-lining': (flag, input) =>
    fill(input.locale, input.messages['assessment.flag.straight-lining'], {
      run: flag.longestRun,
      share: Math.round(flag.modalShare * 100),
      answer: input.messages[`assessment.scale.${flag.value}` as 'assessment.scale.1'],
    }),
  inconsistent: (flag, input) =>
    fill(input.locale, input.messages['assessment.flag.inconsistent'], {
      skills: flag.skills.map((id) => labelOf(input, id)).join(', '),
    }),
  acquiescence: (flag, { messages }) => messages[`assessment.flag.acquiescence.${flag.direction}`],
  attention: (flag, input) =>
    fill(input.locale, input.messages['assessment.flag.attention'], {
      failed: flag.failed,
      total: flag.total,
    }),
  impression: (flag, input) =>
    fill(input.locale, input.messages['assessment.flag.impression'], {
      endorsed: flag.endorsed,
      total: flag.total,
    }),
  'claims-above-choices': (flag, input) =>
    fill(input.locale, input.messages['assessment.flag.claims-above-choices'], {
      skills: flag.skills.map((id) => labelOf(input, id)).join(', '),
    }),
};

/** A caution's sentence in the result's locale. */
export function describeFlag(flag: QualityFlag, input: PresentInput): string {
  return (FLAG_TEXT[flag.type] as (f: QualityFlag, i: PresentInput) => string)(flag, input);
}

function labelOf(input: Pick<PresentInput, 'catalog' | 'locale'>, id: string): string {
  return typeset(input.locale, findSkill(input.catalog, id)?.label[input.locale] ?? id);
}

/**
 * The report's download name, the same for the browser's PDF and the server's:
 * `auto-evaluation-2026-11-30.pdf`, `self-assessment-2026-11-30.pdf`.
 */
export function assessmentPdfFileName(locale: Locale, date: Date): string {
  const day = Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
  return fileNameOf([locale === 'fr' ? 'auto-evaluation' : 'self-assessment', day], 'pdf');
}

/** The legend of the four levels. */
export function levelLegend(messages: PresentMessages): LevelLegendEntry[] {
  return ([1, 2, 3, 4] as const).map((level) => ({
    level,
    name: messages[`assessment.level.${level}.name`],
    text: messages[`assessment.level.${level}.text`],
  }));
}

/** The sentence of one answer that counted towards a skill. */
function evidenceLine(evidence: Evidence, input: PresentInput): string {
  const { catalog, locale, messages } = input;
  const value = Math.round(evidence.value * 100);
  if (evidence.source === 'statement') {
    const statement = catalog.skills
      .flatMap((skill) => skill.statements)
      .find((s) => s.id === evidence.item);
    const params = {
      text: typeset(locale, statement?.text[locale] ?? evidence.item),
      answer: messages[`assessment.scale.${evidence.answer}` as 'assessment.scale.1'],
      value,
    };
    return fill(
      input.locale,
      messages[evidence.reverse ? 'assessment.why.statementReversed' : 'assessment.why.statement'],
      params,
    );
  }
  if (evidence.source === 'scenario') {
    const scenario = catalog.scenarios.find((s) => s.id === evidence.item);
    return fill(input.locale, messages['assessment.why.scenario'], {
      title: typeset(locale, scenario?.title[locale] ?? evidence.item),
      points: evidence.points,
      value,
    });
  }
  const skill = findSkill(catalog, evidence.item);
  if (evidence.level === 0)
    return fill(input.locale, messages['assessment.why.declaredNever'], { value });
  return fill(input.locale, messages['assessment.why.declared'], {
    level: evidence.level,
    text: typeset(locale, skill?.levels[evidence.level - 1]?.[locale] ?? ''),
    value,
  });
}

/** A skill's "why this score". */
function explainSkill(skill: SkillScore, input: PresentInput): SkillView['why'] {
  const { messages } = input;
  const selfWeight = skill.evidence
    .filter((e) => e.source !== 'scenario')
    .reduce((sum, e) => sum + e.weight, 0);
  const params = {
    score: skill.score,
    self: skill.self ?? 0,
    observed: skill.observed ?? 0,
    selfWeight,
    observedWeight: skill.scenarios * SCENARIO_WEIGHT,
    scenarioWeight: SCENARIO_WEIGHT,
    declaredWeight: DECLARED_WEIGHT,
  };
  const combine =
    skill.self === undefined
      ? messages['assessment.why.summaryObservedOnly']
      : skill.observed === undefined
        ? messages['assessment.why.summarySelfOnly']
        : messages['assessment.why.summary'];
  const band = fill(input.locale, messages['assessment.why.band'], {
    score: skill.score,
    level: skill.band,
    t2: LEVEL_THRESHOLDS[0],
    t3: LEVEL_THRESHOLDS[1],
    t4: LEVEL_THRESHOLDS[2],
  });
  return {
    summary: `${fill(input.locale, combine, params)} ${band}`,
    cap: skill.cap ? messages[`assessment.why.cap.${skill.cap}`] : undefined,
    lines: skill.evidence.map((e) => evidenceLine(e, input)),
  };
}

function roleView(role: RoleResult, input: PresentInput): RoleView {
  const { catalog, locale, messages } = input;
  return {
    id: role.role,
    title: typeset(
      locale,
      catalog.roles.find((r) => r.id === role.role)?.title[locale] ?? role.role,
    ),
    fit: role.fit,
    fitText: fill(input.locale, messages['assessment.results.fit.value'], { fit: role.fit }),
    target: role.target,
    strengths: role.strengths.map((s) =>
      fill(input.locale, messages['assessment.results.fit.strengthLine'], {
        skill: labelOf(input, s.skill),
        current: s.current,
        required: s.required,
      }),
    ),
    gaps: role.gaps.map((gap) => ({
      heading: fill(input.locale, messages['assessment.results.fit.gapLine'], {
        skill: labelOf(input, gap.skill),
        current: gap.current,
        required: gap.required,
        next: gap.nextLevel,
      }),
      descriptor: typeset(locale, gap.nextLevelDescriptor[locale]),
    })),
    unmeasured:
      role.unmeasured.length > 0
        ? fill(input.locale, messages['assessment.results.fit.unmeasured'], {
            skills: role.unmeasured.map((id) => labelOf(input, id)).join(', '),
          })
        : undefined,
  };
}

/** Each answered scenario with the choice, the best choice and the reasons. */
function reviewScenarios(input: PresentInput): ScenarioReview[] {
  const { catalog, locale, messages, answers } = input;
  return catalog.scenarios.flatMap((scenario): ScenarioReview[] => {
    const chosen = scenario.options.find((o) => o.id === answers[scenario.id]);
    const best = scenario.options.find((o) => o.points === 3);
    if (!chosen || !best) return [];
    return [
      {
        id: scenario.id,
        title: typeset(locale, scenario.title[locale]),
        situation: typeset(locale, scenario.situation[locale]),
        chosen: {
          text: typeset(locale, chosen.text[locale]),
          points: fill(input.locale, messages['assessment.review.points'], {
            points: chosen.points,
          }),
          rationale: typeset(locale, chosen.rationale[locale]),
        },
        best:
          chosen.id === best.id
            ? undefined
            : {
                text: typeset(locale, best.text[locale]),
                rationale: typeset(locale, best.rationale[locale]),
              },
        explanation: typeset(locale, scenario.explanation[locale]),
      },
    ];
  });
}

/**
 * Builds the results view model: legend, confidence and cautions, skills with their "why",
 * tools, fit per role, scenario review and the comparison with other results. Every surface
 * renders it; none splits skills or words a level on its own.
 */
export function presentAssessment(input: PresentInput): AssessmentView {
  const { result, locale, messages } = input;
  const legend = levelLegend(messages);
  const percentiles = result.norms.status === 'ready' ? result.norms.percentiles : {};
  const skillView = (skill: SkillScore, index: number): SkillView => {
    const percentile = percentiles[skill.skill];
    return {
      id: skill.skill,
      number: index + 1,
      label: labelOf(input, skill.skill),
      score: skill.score,
      level: skill.level,
      levelName: legend[skill.level - 1]?.name ?? String(skill.level),
      why: explainSkill(skill, input),
      percentile:
        percentile === undefined
          ? undefined
          : fill(input.locale, messages['assessment.norms.percentile'], { percentile }),
    };
  };
  const soft = result.skills.filter((s) => s.kind === 'soft');
  const knowHow = result.skills.filter((s) => s.kind === 'know-how');
  const cautions = result.flags.map((flag) => describeFlag(flag, input));
  if (result.outdated) cautions.push(messages['assessment.results.outdated']);
  const norms =
    result.norms.status === 'ready'
      ? fill(input.locale, messages['assessment.norms.ready'], { count: result.norms.count })
      : result.norms.status === 'too-few'
        ? fill(input.locale, messages['assessment.norms.tooFew'], {
            count: result.norms.count,
            minimum: result.norms.minimum,
          })
        : messages['assessment.norms.unavailable'];
  return {
    locale,
    version: result.version,
    confidence: {
      level: result.confidence,
      text: messages[`assessment.confidence.${result.confidence}`],
    },
    cautions,
    legend,
    soft: soft.map(skillView),
    knowHow: knowHow.map((s, i) => skillView(s, soft.length + i)),
    toolCategories: result.toolCategories.map((category) => ({
      id: category.category,
      label: messages[`assessment.toolCategory.${category.category}`],
      score: category.score,
      scoreText: fill(input.locale, messages['assessment.results.tools.category'], {
        score: category.score,
      }),
      tools: result.tools
        .filter((tool) => tool.category === category.category)
        .map((tool) => ({
          id: tool.tool,
          label: labelOf(input, tool.tool),
          level: tool.level,
          levelText:
            tool.level === 0
              ? messages['assessment.results.tool.never']
              : fill(input.locale, messages['assessment.results.tool.level'], {
                  level: tool.level,
                }),
        })),
    })),
    roles: result.roles.map((role) => roleView(role, input)),
    scenarios: reviewScenarios(input),
    norms,
  };
}
