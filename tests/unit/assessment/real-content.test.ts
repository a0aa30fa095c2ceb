import { describe, expect, test } from 'vitest';
import {
  buildQuestionnaire,
  createSubmissionSchema,
  evaluateAssessment,
  publishQuestionnaire,
} from '../../../src/domain/assessment/index.ts';
import type { Answers } from '../../../src/domain/assessment/index.ts';
import { loadCatalog } from '../../helpers/load-catalog.ts';

const catalog = loadCatalog();
const questionnaire = buildQuestionnaire(catalog);

/** Best answer everywhere: agree with plain statements, disagree with reverse ones, 3-point options. */
function bestAnswers(): Answers {
  return Object.fromEntries(
    questionnaire.items.map((item) => {
      if (item.type === 'statement') return [item.id, item.reverse ? 1 : 5];
      if (item.type === 'tool') return [item.id, 4];
      const scenario = catalog.scenarios.find((s) => s.id === item.id);
      const best = scenario?.options.find((option) => option.points === 3);
      return [item.id, best?.id ?? 'a'];
    }),
  );
}

describe('the questionnaire built from content/', () => {
  test('has statements, scenarios and tools, each id once', () => {
    const types = new Set(questionnaire.items.map((item) => item.type));
    expect([...types]).toEqual(['statement', 'scenario', 'tool']);
    const ids = questionnaire.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('publishes every item in both locales', () => {
    for (const locale of ['fr', 'en'] as const) {
      expect(publishQuestionnaire(catalog, questionnaire, locale).items).toHaveLength(
        questionnaire.items.length,
      );
    }
  });

  test('best answers fit every role fully and raise no caution but identical-free', () => {
    const answers = bestAnswers();
    const submission = createSubmissionSchema(questionnaire).parse({
      version: questionnaire.version,
      locale: 'fr',
      answers,
      elapsedSeconds: 1200,
    });
    const result = evaluateAssessment(catalog, questionnaire, submission);
    expect(result.roles).toHaveLength(catalog.roles.length);
    for (const role of result.roles) {
      expect(role.fit, role.role).toBe(100);
      expect(role.gaps).toEqual([]);
    }
    expect(result.flags).toEqual([]);
  });

  test('every role competency the questionnaire measures has its four level descriptors', () => {
    const measured = new Set(
      questionnaire.items.flatMap((item) =>
        item.type === 'statement'
          ? [item.skill]
          : item.type === 'scenario'
            ? item.skills
            : [item.id],
      ),
    );
    for (const role of catalog.roles) {
      for (const requirement of [...role.competencies, ...role.tools]) {
        if (!measured.has(requirement.skill)) continue;
        const skill = catalog.skills.find((s) => s.id === requirement.skill);
        expect(skill?.levels, requirement.skill).toHaveLength(4);
      }
    }
  });
});
