import { describe, expect, test } from 'vitest';
import { RoleSchema } from '../../../src/domain/content/role.ts';
import { ScenarioSchema } from '../../../src/domain/content/scenario.ts';
import { SkillSchema } from '../../../src/domain/content/skill.ts';
import { knowHow, role, scenario, softSkill, text, tool } from './fixtures.ts';

/** The messages of a failed parse, to assert on the rule that fired. */
function issuesOf(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);
}

describe('SkillSchema', () => {
  test('accepts a soft skill, a know-how and a tool built by the fixtures', () => {
    for (const input of [softSkill('empathy'), knowHow('moderation'), tool('planner')]) {
      expect(SkillSchema.safeParse(input).success).toBe(true);
    }
  });

  test('rejects a soft skill with fewer than three statements', () => {
    const input = softSkill('empathy');
    const result = SkillSchema.safeParse({ ...input, statements: input.statements?.slice(1) });
    expect(issuesOf(result)).toContain(
      'a soft skill needs at least three self-assessment statements',
    );
  });

  test('rejects a soft skill without a reverse-keyed statement', () => {
    const result = SkillSchema.safeParse({
      ...softSkill('empathy'),
      statements: [1, 2, 3].map((n) => ({ id: `empathy-${n}`, text: text('s') })),
    });
    expect(issuesOf(result)).toContain('a soft skill needs at least one reverse-keyed statement');
  });

  test('requires exactly four level descriptors', () => {
    const input = softSkill('empathy');
    expect(SkillSchema.safeParse({ ...input, levels: input.levels.slice(0, 3) }).success).toBe(
      false,
    );
  });

  test('a tool needs a category and the tools family; other kinds have no category', () => {
    const { category, ...noCategory } = tool('planner');
    expect(category).toBe('scheduling');
    expect(issuesOf(SkillSchema.safeParse(noCategory))).toContain('a tool needs a category');
    expect(issuesOf(SkillSchema.safeParse({ ...tool('planner'), family: 'content' }))).toContain(
      'a tool belongs to the "tools" family',
    );
    expect(
      issuesOf(SkillSchema.safeParse({ ...knowHow('moderation'), category: 'scheduling' })),
    ).toContain('only tools have a category');
  });

  test('rejects an empty English label, so the locales cannot drift', () => {
    const result = SkillSchema.safeParse({
      ...softSkill('empathy'),
      label: { fr: 'Empathie', en: ' ' },
    });
    expect(result.success).toBe(false);
  });

  test('rejects ids that are not lower-case words joined by hyphens', () => {
    expect(SkillSchema.safeParse({ ...softSkill('empathy'), id: 'Empathy_1' }).success).toBe(false);
  });
});

describe('RoleSchema', () => {
  test('accepts the fixture role', () => {
    expect(RoleSchema.safeParse(role('animator')).success).toBe(true);
  });

  test('rejects a salary band whose minimum is above its maximum', () => {
    const base = role('animator');
    const result = RoleSchema.safeParse({ ...base, salary: { ...base.salary, min: 40000 } });
    expect(issuesOf(result)).toContain('min is above max');
  });

  test('rejects a required level outside 1–4', () => {
    const result = RoleSchema.safeParse(
      role('animator', { competencies: [{ skill: 'empathy', level: 5, weight: 'mandatory' }] }),
    );
    expect(result.success).toBe(false);
  });

  test('rejects a competency listed twice', () => {
    const twice = { skill: 'empathy', level: 3, weight: 'mandatory' } as const;
    const result = RoleSchema.safeParse(role('animator', { competencies: [twice, twice, twice] }));
    expect(issuesOf(result)).toContain('duplicate ids: empathy, empathy');
  });

  test('rejects a role without a red line', () => {
    const base = role('animator');
    const result = RoleSchema.safeParse({
      ...base,
      perimeter: { ...base.perimeter, redLines: [] },
    });
    expect(result.success).toBe(false);
  });
});

describe('ScenarioSchema', () => {
  test('accepts the fixture scenario', () => {
    expect(ScenarioSchema.safeParse(scenario('troll', ['empathy'])).success).toBe(true);
  });

  test('rejects a scenario whose best option is not worth 3 points', () => {
    const base = scenario('troll', ['empathy']);
    const result = ScenarioSchema.safeParse({
      ...base,
      options: base.options.map((option) => ({ ...option, points: Math.min(option.points, 2) })),
    });
    expect(issuesOf(result)).toContain('exactly one option must be worth 3 points');
  });

  test('rejects options that are not a, b, c and d', () => {
    const base = scenario('troll', ['empathy']);
    const result = ScenarioSchema.safeParse({
      ...base,
      options: base.options.map((option) => ({ ...option, id: 'a' })),
    });
    expect(issuesOf(result)).toContain('options must have ids a, b, c and d');
  });

  test('rejects a scenario that measures no skill', () => {
    expect(ScenarioSchema.safeParse(scenario('troll', [])).success).toBe(false);
  });
});
