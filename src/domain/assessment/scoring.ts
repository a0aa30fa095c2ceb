import type { SkillKind, ToolCategory } from '../content/skill.ts';
import type { Answers } from './answers.ts';
import type { AssessmentCatalog } from './catalog.ts';
import { findSkill } from './catalog.ts';
import {
  calibrateLevel,
  DECLARED_LEVEL_VALUE,
  DECLARED_WEIGHT,
  SCENARIO_WEIGHT,
} from './levels.ts';
import type { LevelCap } from './levels.ts';
import type { OptionId } from './order.ts';
import type { Questionnaire } from './questionnaire.ts';

/** Highest points of a scenario option (content schema: 0–3). */
const MAX_SCENARIO_POINTS = 3;

/** Highest tool or know-how level (the four descriptors); 0 means "never used / never done". */
export const MAX_DECLARED_LEVEL = 4;

/** One answer that counted towards a skill, with what it was worth: the "why this score". */
export type Evidence =
  | {
      source: 'statement';
      item: string;
      /** The answer given, 1–5. */
      answer: number;
      reverse: boolean;
      /** What it counted, 0–1 (after reversing). */
      value: number;
      weight: number;
    }
  | {
      source: 'scenario';
      item: string;
      option: OptionId;
      points: number;
      /** The option worth 3 points. */
      best: OptionId;
      value: number;
      weight: number;
    }
  | { source: 'declared'; item: string; level: number; value: number; weight: number };

/** The score and calibrated level of one soft skill or know-how. */
export interface SkillScore {
  skill: string;
  kind: Exclude<SkillKind, 'tool'>;
  /** 0–100, rounded: 100 × the weighted mean of the evidence. */
  score: number;
  /** 1–4, from `calibrateLevel`. */
  level: number;
  /** The band the score alone reaches (differs from `level` when capped). */
  band: number;
  cap?: LevelCap | undefined;
  /** Self-report part (statements, declared level), 0–100, when there is one. */
  self?: number | undefined;
  /** Observed part (scenario choices), 0–100, when a scenario measures the skill. */
  observed?: number | undefined;
  /** Number of statements answered for this skill. */
  statements: number;
  /** Number of scenarios answered that measure this skill. */
  scenarios: number;
  evidence: Evidence[];
}

/** Mastery of one tool, as declared on its four descriptors. */
export interface ToolScore {
  tool: string;
  category: ToolCategory;
  /** 0 (never used) to 4. */
  level: number;
  /** `level` × 25. */
  score: number;
}

/** Average mastery of the tools of one category. */
export interface ToolCategoryScore {
  category: ToolCategory;
  /** Mean of the category's tool scores, rounded. */
  score: number;
  tools: number;
}

/** Every score derived from an answer set. */
export interface Scores {
  skills: SkillScore[];
  tools: ToolScore[];
  toolCategories: ToolCategoryScore[];
}

/** A statement answer (1–5) on the 0–1 scale, after reversing reverse-keyed statements. */
export function statementValue(answer: number, reverse: boolean): number {
  const keyed = reverse ? 6 - answer : answer;
  return (keyed - 1) / 4;
}

/** Weighted mean of some evidence, or undefined when there is none. */
function meanOf(evidence: readonly Evidence[]): number | undefined {
  const weight = evidence.reduce((sum, e) => sum + e.weight, 0);
  return weight === 0
    ? undefined
    : evidence.reduce((sum, e) => sum + e.value * e.weight, 0) / weight;
}

const percent = (value: number | undefined) =>
  value === undefined ? undefined : Math.round(100 * value);

/**
 * Turns raw answers into scores and calibrated levels (see `levels.ts` for the rule). Each skill
 * keeps the evidence that made its score. Tools keep their declared level. Unanswered items are
 * skipped, so an answer set stored for an older questionnaire still scores what it can.
 */
export function scoreAnswers(
  catalog: AssessmentCatalog,
  questionnaire: Questionnaire,
  answers: Answers,
): Scores {
  const evidence = new Map<string, Evidence[]>();
  const add = (skill: string, entry: Evidence) =>
    evidence.set(skill, [...(evidence.get(skill) ?? []), entry]);
  const tools: ToolScore[] = [];
  for (const item of questionnaire.items) {
    const answer = answers[item.id];
    if (answer === undefined) continue;
    if (item.type === 'statement' && typeof answer === 'number') {
      add(item.skill, {
        source: 'statement',
        item: item.id,
        answer,
        reverse: item.reverse,
        value: statementValue(answer, item.reverse),
        weight: 1,
      });
    } else if (item.type === 'scenario' && typeof answer === 'string') {
      const scenario = catalog.scenarios.find((candidate) => candidate.id === item.id);
      const option = scenario?.options.find((candidate) => candidate.id === answer);
      const best = scenario?.options.find((candidate) => candidate.points === MAX_SCENARIO_POINTS);
      if (!option || !best) continue;
      for (const skill of item.skills) {
        add(skill, {
          source: 'scenario',
          item: item.id,
          option: option.id,
          points: option.points,
          best: best.id,
          value: option.points / MAX_SCENARIO_POINTS,
          weight: SCENARIO_WEIGHT,
        });
      }
    } else if (item.type === 'practice' && typeof answer === 'number') {
      const level = Math.min(MAX_DECLARED_LEVEL, Math.max(0, answer));
      add(item.id, {
        source: 'declared',
        item: item.id,
        level,
        value: DECLARED_LEVEL_VALUE[level] ?? 0,
        weight: DECLARED_WEIGHT,
      });
    } else if (item.type === 'tool' && typeof answer === 'number') {
      const level = Math.min(MAX_DECLARED_LEVEL, Math.max(0, answer));
      tools.push({
        tool: item.id,
        category: item.category,
        level,
        score: (level * 100) / MAX_DECLARED_LEVEL,
      });
    }
  }
  const skills: SkillScore[] = [...evidence.entries()]
    .flatMap(([skill, entries]): SkillScore[] => {
      const kind = findSkill(catalog, skill)?.kind;
      const all = meanOf(entries);
      if (kind === undefined || kind === 'tool' || all === undefined) return [];
      const observed = meanOf(entries.filter((e) => e.source === 'scenario'));
      const self = meanOf(entries.filter((e) => e.source !== 'scenario'));
      const score = Math.round(100 * all);
      return [
        {
          skill,
          kind,
          score,
          ...calibrateLevel(score, observed),
          self: percent(self),
          observed: percent(observed),
          statements: entries.filter((e) => e.source === 'statement').length,
          scenarios: entries.filter((e) => e.source === 'scenario').length,
          evidence: entries,
        },
      ];
    })
    .sort((a, b) => a.skill.localeCompare(b.skill));
  const categories = new Map<ToolCategory, number[]>();
  for (const tool of tools) {
    categories.set(tool.category, [...(categories.get(tool.category) ?? []), tool.score]);
  }
  const toolCategories = [...categories.entries()]
    .map(([category, scores]) => ({
      category,
      score: Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length),
      tools: scores.length,
    }))
    .sort((a, b) => a.category.localeCompare(b.category));
  return { skills, tools, toolCategories };
}
