import { describe, expect, test } from 'vitest';
import {
  buildQuestionnaire,
  createSubmissionSchema,
  evaluateAssessment,
  itemsOfType,
  publishQuestionnaire,
} from '../../../src/domain/assessment/index.ts';
import type { Answers } from '../../../src/domain/assessment/index.ts';
import { loadCatalog } from '../../helpers/load-catalog.ts';
import { loadSeedCoverage } from '../content/fixtures.ts';

const catalog = loadCatalog();
const questionnaire = buildQuestionnaire(catalog);
const LOCALES = ['fr', 'en'] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(middle)] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

describe('scenarios give no answer away', () => {
  test.each(catalog.scenarios.map((s) => [s.id, s] as const))(
    '%s: every option within 25 % of the median option length, in both locales',
    (_, scenario) => {
      for (const locale of LOCALES) {
        const lengths = scenario.options.map((o) => o.text[locale].length);
        const mid = median(lengths);
        for (const [index, length] of lengths.entries()) {
          expect(Math.abs(length / mid - 1), `${locale} option ${index}`).toBeLessThanOrEqual(0.25);
        }
      }
    },
  );

  test('the best option’s position is balanced across the bank', () => {
    const positions = catalog.scenarios.map((s) => s.options.findIndex((o) => o.points === 3));
    const expected = catalog.scenarios.length / 4;
    for (const position of [0, 1, 2, 3]) {
      const count = positions.filter((p) => p === position).length;
      expect(Math.abs(count - expected), `position ${position}`).toBeLessThanOrEqual(1);
    }
  });

  test('picking the longest (or shortest) option earns no more than an average choice', () => {
    for (const locale of LOCALES) {
      for (const pick of [Math.max, Math.min]) {
        const points = catalog.scenarios.map((s) => {
          const lengths = s.options.map((o) => o.text[locale].length);
          return s.options[lengths.indexOf(pick(...lengths))]?.points ?? 0;
        });
        const mean = points.reduce((a, b) => a + b, 0) / points.length;
        expect(mean, `${locale} ${pick.name}`).toBeLessThanOrEqual(1.75);
      }
    }
  });

  test('every option says why it earns its points, in both locales', () => {
    for (const scenario of catalog.scenarios) {
      for (const option of scenario.options) {
        expect(option.rationale.fr.length, `${scenario.id}/${option.id}`).toBeGreaterThan(20);
        expect(option.rationale.en.length, `${scenario.id}/${option.id}`).toBeGreaterThan(20);
      }
    }
  });
});

describe('coverage of the roles', () => {
  const scenarioCount = (skill: string) =>
    catalog.scenarios.filter((s) => s.skills.includes(skill)).length;
  const allRequirements = catalog.roles.flatMap((role) => [
    ...role.competencies,
    ...role.specialities.flatMap((speciality) => speciality.competencies),
  ]);

  test('each mandatory soft skill of every role is observed in at least two scenarios', () => {
    const mandatory = [
      ...new Set(allRequirements.filter((c) => c.weight === 'mandatory').map((c) => c.skill)),
    ];
    expect(mandatory.filter((skill) => scenarioCount(skill) < 2)).toEqual([]);
  });

  test('crisis handling and community animation rest on at least three scenarios', () => {
    expect(scenarioCount('crisis-management')).toBeGreaterThanOrEqual(3);
    expect(scenarioCount('community-animation')).toBeGreaterThanOrEqual(3);
  });

  test('every competency any role requires is measured by the questionnaire', () => {
    const measured = new Set(
      questionnaire.items.flatMap((item) =>
        item.type === 'statement'
          ? [item.skill]
          : item.type === 'scenario'
            ? item.skills
            : [item.id],
      ),
    );
    const tools = catalog.roles.flatMap((role) => [
      ...role.tools,
      ...role.specialities.flatMap((speciality) => speciality.tools),
    ]);
    expect(
      [...allRequirements, ...tools].map((r) => r.skill).filter((id) => !measured.has(id)),
    ).toEqual([]);
  });

  test('every soft skill has as many reverse-keyed statements as plain ones', () => {
    for (const skill of catalog.skills.filter((s) => s.kind === 'soft')) {
      const reverse = skill.statements.filter((s) => s.reverse).length;
      expect(reverse * 2, skill.id).toBe(skill.statements.length);
    }
  });

  test('two or three attention items and at least three impression items', () => {
    const attention = catalog.checks.filter((c) => c.purpose === 'attention').length;
    expect(attention).toBeGreaterThanOrEqual(2);
    expect(attention).toBeLessThanOrEqual(3);
    expect(catalog.checks.filter((c) => c.purpose === 'impression').length).toBeGreaterThanOrEqual(
      3,
    );
  });
});

describe('the skills page speaks the articles’ words', () => {
  const normalise = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[’']/g, "'")
      .replace(/[\u00a0\u202f]/g, ' ')
      .toLowerCase()
      .trim();
  /** The article's word without its leading article (« L’instinct » → « instinct »). */
  const termOf = (text: string) => normalise(text).replace(/^(?:la |le |les |l')/, '');

  test('every quality an article names is a skill’s label or alias', () => {
    const missing = loadSeedCoverage()
      .items.filter((item) => item.kind === 'quality')
      .filter((item) => {
        const word = termOf(item.term ?? item.source);
        return !item.skills.some((id) => {
          const skill = catalog.skills.find((s) => s.id === id);
          return [skill?.label.fr ?? '', ...(skill?.aliases.fr ?? [])].some((name) =>
            normalise(name).includes(word),
          );
        });
      })
      .map((item) => `${item.article} ${item.source}`);
    expect(missing).toEqual([]);
  });

  test('level descriptors say what the person does, not what they know or how they are seen', () => {
    const perception =
      /^(?:knows|understands|is (?:aware|recognised|seen|known)|has (?:a|an|good)\b|connaît|comprend|sait que|est (?:reconnu|perçu|conscient))/i;
    const offending = catalog.skills.flatMap((skill) =>
      skill.levels.flatMap((level, index) =>
        LOCALES.filter((locale) => perception.test(level[locale])).map(
          (locale) => `${skill.id} level ${index + 1} (${locale}): ${level[locale]}`,
        ),
      ),
    );
    expect(offending).toEqual([]);
  });
});

describe('the questionnaire built from content/', () => {
  test('asks statements and checks, scenarios, practice ratings and tools, each id once', () => {
    expect([...new Set(questionnaire.items.map((item) => item.type))]).toEqual([
      'statement',
      'check',
      'scenario',
      'practice',
      'tool',
    ]);
    const ids = questionnaire.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('publishes every item in both locales, checks looking like any statement', () => {
    for (const locale of LOCALES) {
      const published = publishQuestionnaire(catalog, questionnaire, locale);
      expect(published.items).toHaveLength(questionnaire.items.length);
      expect(JSON.stringify(published)).not.toMatch(/"(?:points|reverse|purpose|expected)"/);
    }
  });

  test('the best answer everywhere fits every role fully, with high confidence', () => {
    const answers: Answers = Object.fromEntries(
      questionnaire.items.map((item) => {
        if (item.type === 'statement') return [item.id, item.reverse ? 1 : 5];
        if (item.type === 'check') return [item.id, item.expected ?? 1];
        if (item.type === 'practice' || item.type === 'tool') return [item.id, 4];
        const best = catalog.scenarios
          .find((s) => s.id === item.id)
          ?.options.find((o) => o.points === 3);
        return [item.id, best?.id ?? 'a'];
      }),
    );
    const submission = createSubmissionSchema(questionnaire).parse({
      version: questionnaire.version,
      locale: 'fr',
      answers,
      elapsedSeconds: 3600,
    });
    const result = evaluateAssessment(catalog, questionnaire, submission);
    for (const role of result.roles) expect(role.fit, role.role).toBe(100);
    expect(result.confidence).toBe('high');
    expect(itemsOfType(questionnaire, 'scenario').length).toBe(catalog.scenarios.length);
  });
});
