import type { ToolCategory } from '../content/skill.ts';
import type { AssessmentCatalog } from './catalog.ts';

/** A self-assessment statement, answered from 1 (strongly disagree) to 5 (strongly agree). */
export interface StatementItem {
  type: 'statement';
  /** The statement's catalogue id, e.g. `empathy-1`; answers are keyed by it. */
  id: string;
  /** The soft skill it measures. */
  skill: string;
  /** Agreeing means less of the skill: the answer is reversed (1↔5) before scoring. */
  reverse: boolean;
}

/** A situational scenario, answered with one option id, `a` to `d`. */
export interface ScenarioItem {
  type: 'scenario';
  /** The scenario's catalogue id. */
  id: string;
  /** The skills credited with the chosen option's points. */
  skills: string[];
}

/** A tool, rated 0 (never used) or 1–4 (the tool's four level descriptors). */
export interface ToolItem {
  type: 'tool';
  /** The tool's catalogue skill id. */
  id: string;
  category: ToolCategory;
}

/** One thing to answer; the `type` decides the answer format. */
export type QuestionnaireItem = StatementItem | ScenarioItem | ToolItem;

/** The kinds of item, in the order the wizard asks them. */
export type ItemType = QuestionnaireItem['type'];

/** The questionnaire: every item to answer, and a version that changes when the item set does. */
export interface Questionnaire {
  /** `q1-` plus a hash of the item types and ids; answers are stored with it. */
  version: string;
  items: QuestionnaireItem[];
  /** Role ids a person may name as their target. */
  roleIds: string[];
}

/** The answer format of each item type, as published by the questionnaire API. */
export const ANSWER_FORMATS = {
  statement: { kind: 'agreement', values: [1, 2, 3, 4, 5] },
  scenario: { kind: 'single-choice', values: ['a', 'b', 'c', 'd'] },
  tool: { kind: 'tool-level', values: [0, 1, 2, 3, 4] },
} as const satisfies Record<ItemType, { kind: string; values: readonly (number | string)[] }>;

/** FNV-1a 32-bit hash, hex: short, stable and dependency-free. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Builds the questionnaire from the catalogue: the statements of every soft skill (by skill id, in
 * file order), every scenario, then every tool (by category, then id). Throws when two items share
 * an id, since answers are keyed by item id.
 */
export function buildQuestionnaire(catalog: AssessmentCatalog): Questionnaire {
  const bySkillId = [...catalog.skills].sort((a, b) => a.id.localeCompare(b.id));
  const statements: StatementItem[] = bySkillId
    .filter((skill) => skill.kind === 'soft')
    .flatMap((skill) =>
      skill.statements.map((statement) => ({
        type: 'statement' as const,
        id: statement.id,
        skill: skill.id,
        reverse: statement.reverse,
      })),
    );
  const scenarios: ScenarioItem[] = [...catalog.scenarios]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((scenario) => ({ type: 'scenario', id: scenario.id, skills: [...scenario.skills] }));
  const tools: ToolItem[] = bySkillId
    .flatMap((skill) =>
      skill.kind === 'tool' && skill.category
        ? [{ type: 'tool' as const, id: skill.id, category: skill.category }]
        : [],
    )
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  const items: QuestionnaireItem[] = [...statements, ...scenarios, ...tools];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`two questionnaire items share the id "${item.id}"`);
    seen.add(item.id);
  }
  const fingerprint = items.map((item) => `${item.type}:${item.id}`).join('|');
  return {
    version: `q1-${hashText(fingerprint)}`,
    items,
    roleIds: catalog.roles.map((role) => role.id),
  };
}

/** The items of one type, in questionnaire order. */
export function itemsOfType<T extends ItemType>(
  questionnaire: Pick<Questionnaire, 'items'>,
  type: T,
): Extract<QuestionnaireItem, { type: T }>[] {
  return questionnaire.items.filter(
    (item): item is Extract<QuestionnaireItem, { type: T }> => item.type === type,
  );
}
