import type { LocalizedText } from '../content/common.ts';
import type { ResponseCheckPurpose } from '../content/response-check.ts';
import type { ToolCategory } from '../content/skill.ts';
import type { AssessmentCatalog } from './catalog.ts';

/** How many words a person reads to answer an item, per locale (the speed check scales with it). */
export interface ReadingLength {
  fr: number;
  en: number;
}

/** A self-assessment statement, answered from 1 (strongly disagree) to 5 (strongly agree). */
export interface StatementItem {
  type: 'statement';
  /** The statement's catalogue id, e.g. `empathy-1`; answers are keyed by it. */
  id: string;
  /** The soft skill it measures. */
  skill: string;
  /** Agreeing means less of the skill: the answer is reversed (1↔5) before scoring. */
  reverse: boolean;
  words: ReadingLength;
}

/** An attention or impression-management item, on the same 1–5 scale as the statements. */
export interface CheckItem {
  type: 'check';
  id: string;
  purpose: ResponseCheckPurpose;
  /** Attention items: the answer the text asks for. */
  expected?: number | undefined;
  words: ReadingLength;
}

/** A situational scenario, answered with one option id, `a` to `d`. */
export interface ScenarioItem {
  type: 'scenario';
  /** The scenario's catalogue id. */
  id: string;
  /** The skills credited with the chosen option's points. */
  skills: string[];
  words: ReadingLength;
}

/**
 * A behaviourally anchored self-rating of a soft skill or know-how: 0 (never done) or the level
 * 1–4 whose descriptor matches what the person does today.
 */
export interface PracticeItem {
  type: 'practice';
  /** The skill's catalogue id. */
  id: string;
  words: ReadingLength;
}

/** A tool, rated 0 (never used) or 1–4 (the tool's four level descriptors). */
export interface ToolItem {
  type: 'tool';
  /** The tool's catalogue skill id. */
  id: string;
  category: ToolCategory;
  words: ReadingLength;
}

/** One thing to answer; the `type` decides the answer format. */
export type QuestionnaireItem = StatementItem | CheckItem | ScenarioItem | PracticeItem | ToolItem;

/** The kinds of item. */
export type ItemType = QuestionnaireItem['type'];

/** The questionnaire: every item to answer, and a version that changes when any item does. */
export interface Questionnaire {
  /** `q2-` plus a hash of every item's content; answers are stored with it. */
  version: string;
  items: QuestionnaireItem[];
  /** Role ids a person may name as their target. */
  roleIds: string[];
}

/** The answer format of each item type, as published by the questionnaire API. */
export const ANSWER_FORMATS = {
  statement: { kind: 'agreement', values: [1, 2, 3, 4, 5] },
  check: { kind: 'agreement', values: [1, 2, 3, 4, 5] },
  scenario: { kind: 'single-choice', values: ['a', 'b', 'c', 'd'] },
  practice: { kind: 'practice-level', values: [0, 1, 2, 3, 4] },
  tool: { kind: 'tool-level', values: [0, 1, 2, 3, 4] },
} as const satisfies Record<ItemType, { kind: string; values: readonly (number | string)[] }>;

/** Item types answered on the 1–5 agreement scale, mixed together in the wizard. */
export const AGREEMENT_TYPES = ['statement', 'check'] as const satisfies readonly ItemType[];

/** FNV-1a 32-bit hash, hex: short, stable and dependency-free. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Words in a text (runs of letters or digits; « l’écoute » counts two). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The reading length of several texts, per locale. */
function wordsOf(texts: readonly LocalizedText[]): ReadingLength {
  return {
    fr: texts.reduce((sum, text) => sum + countWords(text.fr), 0),
    en: texts.reduce((sum, text) => sum + countWords(text.en), 0),
  };
}

/**
 * Builds the questionnaire from the catalogue: the statements of every soft skill and the response
 * checks, every scenario, a practice rating of every soft skill and know-how, then every tool (by category, then id). Throws when two
 * items share an id, since answers are keyed by item id. The version hashes everything that can
 * change an answer or its meaning (wording, keys, points, levels), so results scored against one
 * version are never mixed with another's.
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
        words: wordsOf([statement.text]),
      })),
    );
  const checks: CheckItem[] = [...catalog.checks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((check) => ({
      type: 'check',
      id: check.id,
      purpose: check.purpose,
      expected: check.expected,
      words: wordsOf([check.text]),
    }));
  const scenarios: ScenarioItem[] = [...catalog.scenarios]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((scenario) => ({
      type: 'scenario',
      id: scenario.id,
      skills: [...scenario.skills],
      words: wordsOf([
        scenario.title,
        scenario.situation,
        ...scenario.options.map((option) => option.text),
      ]),
    }));
  const practice: PracticeItem[] = bySkillId
    .filter((skill) => skill.kind !== 'tool')
    .map((skill) => ({
      type: 'practice',
      id: skill.id,
      words: wordsOf([skill.label, ...skill.levels]),
    }));
  const tools: ToolItem[] = bySkillId
    .flatMap((skill) =>
      skill.kind === 'tool' && skill.category
        ? [
            {
              type: 'tool' as const,
              id: skill.id,
              category: skill.category,
              words: wordsOf([skill.label, ...skill.levels]),
            },
          ]
        : [],
    )
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  const items: QuestionnaireItem[] = [
    ...statements,
    ...checks,
    ...scenarios,
    ...practice,
    ...tools,
  ];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new Error(`two questionnaire items share the id "${item.id}"`);
    seen.add(item.id);
  }
  return {
    version: `q2-${hashText(JSON.stringify(fingerprint(catalog, items)))}`,
    items,
    roleIds: catalog.roles.map((role) => role.id),
  };
}

/** Everything about the items that changes an answer or how it counts. */
function fingerprint(catalog: AssessmentCatalog, items: readonly QuestionnaireItem[]): unknown[] {
  const skills = new Map(catalog.skills.map((skill) => [skill.id, skill]));
  const scenarios = new Map(catalog.scenarios.map((scenario) => [scenario.id, scenario]));
  const checks = new Map(catalog.checks.map((check) => [check.id, check]));
  return items.map((item) => {
    if (item.type === 'statement') {
      return [item, skills.get(item.skill)?.statements.find((s) => s.id === item.id)?.text];
    }
    if (item.type === 'check') return [item, checks.get(item.id)?.text];
    if (item.type === 'scenario') {
      const scenario = scenarios.get(item.id);
      return [item, scenario?.situation, scenario?.options];
    }
    return [item, skills.get(item.id)?.levels];
  });
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
