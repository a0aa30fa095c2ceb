import type { AssessmentCatalog } from './catalog.ts';
import { findSkill } from './catalog.ts';
import { ANSWER_FORMATS } from './questionnaire.ts';
import type { Questionnaire } from './questionnaire.ts';
import type { Locale } from '../text/index.ts';

/** One item as the questionnaire API publishes it: its wording in one locale and its format. */
export type PublishedItem =
  | {
      type: 'statement';
      id: string;
      skill: string;
      text: string;
      format: (typeof ANSWER_FORMATS)['statement'];
    }
  | {
      type: 'scenario';
      id: string;
      title: string;
      situation: string;
      options: { id: string; text: string }[];
      format: (typeof ANSWER_FORMATS)['scenario'];
    }
  | {
      type: 'tool';
      id: string;
      label: string;
      category: string;
      examples: string[];
      /** The descriptors of levels 1–4; 0 is "never used". */
      levels: string[];
      format: (typeof ANSWER_FORMATS)['tool'];
    };

/** The questionnaire in one locale, for `GET /api/assessment/questionnaire` and the wizard. */
export interface PublishedQuestionnaire {
  version: string;
  locale: Locale;
  items: PublishedItem[];
  /** Roles a person may name as their target (`context.targetRole`). */
  roles: { id: string; title: string }[];
}

/**
 * Puts the questionnaire's wording in one locale. Scoring keys (reverse statements, option points)
 * are not published: they would only invite answering to the key.
 */
export function publishQuestionnaire(
  catalog: AssessmentCatalog,
  questionnaire: Questionnaire,
  locale: Locale,
): PublishedQuestionnaire {
  const items = questionnaire.items.flatMap((item): PublishedItem[] => {
    if (item.type === 'statement') {
      const statement = findSkill(catalog, item.skill)?.statements.find((s) => s.id === item.id);
      if (!statement) return [];
      const format = ANSWER_FORMATS.statement;
      return [
        { type: 'statement', id: item.id, skill: item.skill, text: statement.text[locale], format },
      ];
    }
    if (item.type === 'scenario') {
      const scenario = catalog.scenarios.find((s) => s.id === item.id);
      if (!scenario) return [];
      return [
        {
          type: 'scenario',
          id: item.id,
          title: scenario.title[locale],
          situation: scenario.situation[locale],
          options: scenario.options.map((option) => ({ id: option.id, text: option.text[locale] })),
          format: ANSWER_FORMATS.scenario,
        },
      ];
    }
    const tool = findSkill(catalog, item.id);
    if (!tool) return [];
    return [
      {
        type: 'tool',
        id: item.id,
        label: tool.label[locale],
        category: item.category,
        examples: tool.examples,
        levels: tool.levels.map((level) => level[locale]),
        format: ANSWER_FORMATS.tool,
      },
    ];
  });
  return {
    version: questionnaire.version,
    locale,
    items,
    roles: catalog.roles.map((role) => ({ id: role.id, title: role.title[locale] })),
  };
}
