import { describe, expect, test } from 'vitest';
import {
  composeJobDescription,
  findDraftReferenceIssues,
} from '../../../src/domain/job-description/compose.ts';
import {
  JobDescriptionDraftSchema,
  JobDescriptionSchema,
} from '../../../src/domain/job-description/draft.ts';
import { catalog } from './fixtures.ts';

const templates = catalog.roles.flatMap((role) => [
  { role: role.id, speciality: undefined as string | undefined },
  ...role.specialities.map((speciality) => ({ role: role.id, speciality: speciality.id })),
]);

describe('composeJobDescription', () => {
  test('the catalogue has the three role templates', () => {
    expect(catalog.roles.map((role) => role.id)).toEqual(
      expect.arrayContaining(['manager', 'animator', 'expert']),
    );
  });

  test.each(templates)('composes a complete, valid document from $role $speciality', (choice) => {
    for (const locale of ['fr', 'en'] as const) {
      const draft = JobDescriptionDraftSchema.parse({
        role: choice.role,
        locale,
        company: { name: 'Acme' },
        ...(choice.speciality ? { speciality: choice.speciality } : {}),
      });
      const jd = composeJobDescription(draft, catalog);
      expect(JobDescriptionSchema.safeParse(jd).success).toBe(true);
      const role = catalog.roles.find((candidate) => candidate.id === choice.role);
      const speciality = role?.specialities.find((s) => s.id === choice.speciality);
      expect(jd.title.startsWith(role?.title[locale].replace(/\s*\([^)]*\)$/, '') ?? '?')).toBe(
        true,
      );
      expect(jd.missions.map((mission) => mission.id)).toEqual([
        ...(role?.missions.map((mission) => mission.id) ?? []),
        ...(speciality?.missions.map((mission) => mission.id) ?? []),
      ]);
      expect(jd.missions.every((mission) => mission.enabled)).toBe(true);
      expect(jd.missions[0]?.label).toBe(role?.missions[0]?.label[locale]);
      expect(jd.perimeter.redLines).toEqual(role?.perimeter.redLines.map((line) => line[locale]));
      expect(jd.salary.min).toBe(role?.salary.min);
      expect(jd.objective).toBe('');
      expect(jd.company).toEqual({ name: 'Acme' });
    }
  });

  test('an expert speciality adds its competencies without duplicates, keeping the higher level', () => {
    const expert = catalog.roles.find((role) => role.id === 'expert');
    const speciality = expert?.specialities[0];
    if (!expert || !speciality) throw new Error('expert template missing');
    const jd = composeJobDescription(
      { role: 'expert', speciality: speciality.id, locale: 'fr', company: { name: 'Acme' } },
      catalog,
    );
    const skills = jd.competencies.map((item) => item.skill);
    expect(new Set(skills).size).toBe(skills.length);
    for (const item of speciality.competencies) {
      const kept = jd.competencies.find((candidate) => candidate.skill === item.skill);
      expect(kept?.level).toBeGreaterThanOrEqual(item.level);
    }
    expect(jd.title).toContain(speciality.label.fr.toLowerCase());
    expect(jd.title.endsWith('(F/H)')).toBe(true);
  });

  test('every section the draft gives replaces the template’s, the rest stays', () => {
    const jd = composeJobDescription(
      {
        role: 'manager',
        locale: 'fr',
        company: { name: 'Acme' },
        title: 'Responsable des communautés (F/H)',
        kpis: ['Taux de réponse'],
      },
      catalog,
    );
    expect(jd.title).toBe('Responsable des communautés (F/H)');
    expect(jd.kpis).toEqual(['Taux de réponse']);
    expect(jd.missions.length).toBeGreaterThanOrEqual(3);
  });
});

describe('JobDescriptionDraftSchema', () => {
  test('accepts role, locale and company name alone', () => {
    expect(
      JobDescriptionDraftSchema.safeParse({
        role: 'manager',
        locale: 'fr',
        company: { name: 'Acme' },
      }).success,
    ).toBe(true);
  });

  test.each([
    [{ role: 'manager', locale: 'fr' }, 'company'],
    [{ role: 'manager', locale: 'de', company: { name: 'Acme' } }, 'locale'],
    [{ role: 'manager', locale: 'fr', company: { name: '' } }, 'company.name'],
    [
      {
        role: 'manager',
        locale: 'fr',
        company: { name: 'A' },
        salary: { min: 50000, max: 40000, currency: 'EUR', period: 'YEAR' },
      },
      'salary.max',
    ],
    [
      { role: 'manager', locale: 'fr', company: { name: 'A', website: 'javascript:alert(1)' } },
      'company.website',
    ],
  ])('refuses %j at %s', (input, path) => {
    const result = JobDescriptionDraftSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('findDraftReferenceIssues', () => {
  test('names an unknown role, a speciality of another role and unknown skills', () => {
    expect(findDraftReferenceIssues({ role: 'pilot' }, catalog)[0]?.path).toBe('role');
    expect(
      findDraftReferenceIssues({ role: 'manager', speciality: 'analysis-reporting' }, catalog),
    ).toEqual([{ path: 'speciality', message: expect.any(String) }]);
    const issues = findDraftReferenceIssues(
      {
        role: 'animator',
        competencies: [{ skill: 'juggling', level: 2, weight: 'mandatory' }],
        tools: [{ skill: 'empathy', level: 2 }],
      },
      catalog,
    );
    expect(issues.map((issue) => issue.path)).toEqual(['competencies.0.skill', 'tools.0.skill']);
    expect(findDraftReferenceIssues({ role: 'animator' }, catalog)).toEqual([]);
  });
});
