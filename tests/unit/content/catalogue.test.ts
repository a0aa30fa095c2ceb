import { describe, expect, test } from 'vitest';
import type { LocalizedText } from '../../../src/domain/content/common.ts';
import { ToolCategorySchema, type Skill } from '../../../src/domain/content/skill.ts';
import { loadCatalog } from '../../helpers/load-catalog.ts';
import { loadNarratives } from './fixtures.ts';

const catalog = loadCatalog();
const byKind = (kind: Skill['kind']) => catalog.skills.filter((skill) => skill.kind === kind);

/**
 * The French legal minimum wage over a year of full-time work, 2026: 1 823,03 € gross a month
 * (URSSAF rules of 1 March 2026, `modele-social`) × 12. No full-time salary band may start below.
 */
const SMIC_2026_YEARLY_GROSS = 1823.03 * 12;

/** Legacy products the 2009–2017 articles name; they may appear only as history. */
const LEGACY_TOOLS = ['Viadeo', 'Netvibes', 'Wikio', 'Google+', 'Mention'];

describe('role templates', () => {
  test('include the manager, the animator and the expert, listed by their order field', () => {
    const ids = catalog.roles.map((role) => role.id);
    expect(ids).toEqual(expect.arrayContaining(['manager', 'animator', 'expert']));
    const orders = catalog.roles.map((role) => role.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  test('the expert offers the five specialities of article 001', () => {
    const expert = catalog.roles.find((role) => role.id === 'expert');
    expect(expert?.specialities.map((speciality) => speciality.id)).toEqual(
      expect.arrayContaining([
        'analysis-reporting',
        'content',
        'monitoring-reputation',
        'strategic-marketing',
        'technical-upkeep',
      ]),
    );
  });

  test.each(catalog.roles.map((role) => [role.id, role] as const))(
    '%s: the French title and every alternative title carry the (F/H) mark',
    (_id, role) => {
      for (const title of [role.title.fr, ...role.alternativeTitles.fr]) {
        expect(title).toMatch(/\(F\/H\)$/);
      }
      expect(role.alternativeTitles.en.length).toBeGreaterThan(0);
    },
  );

  test.each(catalog.roles.map((role) => [role.id, role] as const))(
    '%s: the salary band is in euros, yearly, with a named source and year',
    (_id, role) => {
      expect(role.salary.currency).toBe('EUR');
      expect(role.salary.period).toBe('YEAR');
      expect(role.salary.source.name).toMatch(/BDM/);
      expect(role.salary.min).toBeGreaterThanOrEqual(SMIC_2026_YEARLY_GROSS);
      expect(role.salary.max).toBeGreaterThan(role.salary.min);
    },
  );

  test('salary bands follow seniority: junior animator < confirmed expert < senior manager', () => {
    const band = (id: string) => catalog.roles.find((role) => role.id === id)?.salary;
    expect(band('animator')?.max).toBeLessThanOrEqual(band('expert')?.min ?? 0);
    expect(band('expert')?.max).toBeLessThanOrEqual(band('manager')?.min ?? 0);
  });

  test('every catalogue entry is required by at least one role or speciality', () => {
    const used = new Set(
      catalog.roles.flatMap((role) => [
        ...[...role.competencies, ...role.tools].map((entry) => entry.skill),
        ...role.specialities.flatMap((speciality) =>
          [...speciality.competencies, ...speciality.tools].map((entry) => entry.skill),
        ),
      ]),
    );
    expect(catalog.skills.map((skill) => skill.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('competency catalogue', () => {
  test('has soft skills, know-how and tools', () => {
    for (const kind of ['soft', 'know-how', 'tool'] as const) {
      expect(byKind(kind).length, kind).toBeGreaterThan(0);
    }
  });

  test('every tool category the schema defines has at least one tool', () => {
    const covered = new Set(byKind('tool').map((skill) => skill.category));
    expect(ToolCategorySchema.options.filter((category) => !covered.has(category))).toEqual([]);
  });

  test('legacy tools named in the articles appear only as history, never as offered products', () => {
    const offered = byKind('tool').flatMap((skill) => [
      ...skill.examples,
      skill.label.fr,
      skill.label.en,
    ]);
    for (const legacy of LEGACY_TOOLS) {
      expect(offered.filter((name) => name.includes(legacy))).toEqual([]);
    }
    const history = byKind('tool')
      .map((skill) => `${skill.history?.fr ?? ''} ${skill.history?.en ?? ''}`)
      .join(' ');
    for (const legacy of LEGACY_TOOLS) expect(history).toContain(legacy);
  });

  test('every tool lists products in use today', () => {
    expect(byKind('tool').filter((skill) => skill.examples.length === 0)).toEqual([]);
  });
});

describe('locale parity', () => {
  /** Every localized text of an entry, with a path to name it in a failure. */
  function localizedTexts(value: unknown, path: string): [string, LocalizedText][] {
    if (Array.isArray(value)) {
      return value.flatMap((item, index) => localizedTexts(item, `${path}.${index}`));
    }
    if (value === null || typeof value !== 'object') return [];
    const record = value as Record<string, unknown>;
    if (typeof record['fr'] === 'string' && typeof record['en'] === 'string') {
      return [[path, { fr: record['fr'], en: record['en'] }]];
    }
    return Object.entries(record).flatMap(([key, child]) =>
      localizedTexts(child, `${path}.${key}`),
    );
  }

  const entries = [
    ...catalog.roles.map((role) => [`roles/${role.id}`, role] as const),
    ...catalog.skills.map((skill) => [`skills/${skill.id}`, skill] as const),
    ...catalog.scenarios.map((scenario) => [`scenarios/${scenario.id}`, scenario] as const),
  ];

  test.each(entries)('%s: sentences are written in each locale, not copied across', (id, entry) => {
    // Labels are names and may match ("Leadership", "Meta Business Suite"); sentences may not.
    const copied = localizedTexts(entry, id)
      .filter(([path]) => !path.endsWith('.label'))
      .filter(([, text]) => text.fr.split(' ').length > 4 && text.fr === text.en)
      .map(([path]) => path);
    expect(copied).toEqual([]);
  });

  test('French content is typeset when loaded: no breakable space before : ; ! ?', () => {
    const loose = entries.flatMap(([id, entry]) =>
      localizedTexts(entry, id)
        .filter(([, text]) => /[ \t][:;!?](?:\s|$)|\p{L}'\p{L}/u.test(text.fr))
        .map(([path]) => path),
    );
    expect(loose).toEqual([]);
  });

  test('every role has a French and an English narrative with a body', () => {
    const narratives = loadNarratives();
    for (const role of catalog.roles) {
      for (const locale of ['fr', 'en'] as const) {
        const narrative = narratives.find((n) => n.role === role.id && n.locale === locale);
        expect(narrative?.body.trim().length ?? 0, `${role.id}.${locale}.md`).toBeGreaterThan(200);
      }
    }
  });

  test('statements are unique per locale, so answers cannot be confused', () => {
    const statements = catalog.skills.flatMap((skill) => skill.statements);
    for (const locale of ['fr', 'en'] as const) {
      const texts = statements.map((statement) => statement.text[locale]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

describe('scenarios', () => {
  test('there are at least twelve, each with distinct option texts', () => {
    expect(catalog.scenarios.length).toBeGreaterThanOrEqual(12);
    for (const scenario of catalog.scenarios) {
      expect(new Set(scenario.options.map((option) => option.text.fr)).size).toBe(4);
    }
  });

  test('each scenario has exactly one best answer and one harmful (0-point) answer', () => {
    for (const scenario of catalog.scenarios) {
      const points = scenario.options.map((option) => option.points);
      expect(
        points.filter((p) => p === 3),
        scenario.id,
      ).toHaveLength(1);
      expect(
        points.filter((p) => p === 0),
        scenario.id,
      ).toHaveLength(1);
    }
  });

  test('the best answer is not always in the same position', () => {
    const positions = new Set(
      catalog.scenarios.map((scenario) => scenario.options.find((o) => o.points === 3)?.id),
    );
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  test('every soft skill the animator needs is measured by at least one scenario', () => {
    const measured = new Set(catalog.scenarios.flatMap((scenario) => scenario.skills));
    const animator = catalog.roles.find((role) => role.id === 'animator');
    const soft = (animator?.competencies ?? []).filter((c) => c.weight === 'mandatory');
    expect(soft.map((c) => c.skill).filter((id) => !measured.has(id))).toEqual([]);
  });
});
