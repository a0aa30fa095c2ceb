import type { ToolCategory } from '../content/skill.ts';
import type { Answers } from './answers.ts';
import type { AssessmentCatalog } from './catalog.ts';
import type { Questionnaire } from './questionnaire.ts';

/**
 * How much one scenario counts against one statement in a skill's score. Scenarios observe
 * "savoir-agir en situation" rather than self-image, so each weighs as much as two statements.
 */
export const SCENARIO_WEIGHT = 2;

/** Highest points of a scenario option (content schema: 0–3). */
const MAX_SCENARIO_POINTS = 3;

/** Highest tool level (the four descriptors); 0 means "never used". */
export const MAX_TOOL_LEVEL = 4;

/** The score of one skill measured by statements and/or scenarios. */
export interface SkillScore {
  skill: string;
  /** 0–100, rounded. */
  score: number;
  /** Number of statements answered for this skill. */
  statements: number;
  /** Number of scenarios answered that measure this skill. */
  scenarios: number;
}

/** Mastery of one tool. */
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

/**
 * Turns raw answers into scores. Each statement gives 0–1 (reverse keys applied: 1↔5); each
 * scenario gives the chosen option's points / 3 to every skill it measures, weighing
 * `SCENARIO_WEIGHT` statements. A skill's score is 100 × the weighted mean of its evidence.
 * A tool's score is its level × 25; a category's is the mean of its tools. Unanswered items are
 * skipped, so an answer set stored for an older questionnaire still scores what it can.
 */
export function scoreAnswers(
  catalog: AssessmentCatalog,
  questionnaire: Questionnaire,
  answers: Answers,
): Scores {
  const evidence = new Map<
    string,
    { sum: number; weight: number; statements: number; scenarios: number }
  >();
  const credit = (
    skill: string,
    value: number,
    weight: number,
    kind: 'statements' | 'scenarios',
  ) => {
    const entry = evidence.get(skill) ?? { sum: 0, weight: 0, statements: 0, scenarios: 0 };
    entry.sum += value * weight;
    entry.weight += weight;
    entry[kind] += 1;
    evidence.set(skill, entry);
  };
  const tools: ToolScore[] = [];
  for (const item of questionnaire.items) {
    const answer = answers[item.id];
    if (answer === undefined) continue;
    if (item.type === 'statement' && typeof answer === 'number') {
      credit(item.skill, statementValue(answer, item.reverse), 1, 'statements');
    } else if (item.type === 'scenario' && typeof answer === 'string') {
      const scenario = catalog.scenarios.find((candidate) => candidate.id === item.id);
      const option = scenario?.options.find((candidate) => candidate.id === answer);
      if (!option) continue;
      for (const skill of item.skills) {
        credit(skill, option.points / MAX_SCENARIO_POINTS, SCENARIO_WEIGHT, 'scenarios');
      }
    } else if (item.type === 'tool' && typeof answer === 'number') {
      const level = Math.min(MAX_TOOL_LEVEL, Math.max(0, answer));
      tools.push({
        tool: item.id,
        category: item.category,
        level,
        score: (level * 100) / MAX_TOOL_LEVEL,
      });
    }
  }
  const skills: SkillScore[] = [...evidence.entries()]
    .map(([skill, entry]) => ({
      skill,
      score: Math.round((100 * entry.sum) / entry.weight),
      statements: entry.statements,
      scenarios: entry.scenarios,
    }))
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
