import { describe, expect, test } from 'vitest';
import {
  checkContentIntegrity,
  checkFileIds,
  checkNarratives,
  formatContentProblems,
} from '../../../src/domain/content/integrity.ts';
import { loadCatalog } from '../../helpers/load-catalog.ts';
import {
  buildCatalog,
  knowHow,
  loadNarratives,
  role,
  scenario,
  softSkill,
  tool,
  validCatalog,
} from './fixtures.ts';

const SKILLS = [
  softSkill('empathy'),
  softSkill('diplomacy'),
  knowHow('moderation'),
  tool('planner'),
];

describe('checkContentIntegrity', () => {
  test('finds nothing wrong in a catalogue whose references hold', () => {
    expect(checkContentIntegrity(validCatalog())).toEqual([]);
  });

  test('names the role file and field of a competency pointing at an unknown skill', () => {
    const catalog = buildCatalog({
      skills: SKILLS,
      roles: [
        role('animator', {
          competencies: [
            { skill: 'empathy', level: 3, weight: 'mandatory' },
            { skill: 'diplomacy', level: 2, weight: 'mandatory' },
            { skill: 'telepathy', level: 2, weight: 'mandatory' },
          ],
        }),
      ],
    });
    expect(checkContentIntegrity(catalog)).toEqual([
      {
        file: 'content/roles/animator.yaml',
        field: 'competencies.2.skill',
        message: 'unknown skill "telepathy"',
      },
    ]);
  });

  test('rejects a competency that points at a tool', () => {
    const catalog = buildCatalog({
      skills: SKILLS,
      roles: [
        role('animator', {
          competencies: [
            { skill: 'empathy', level: 3, weight: 'mandatory' },
            { skill: 'diplomacy', level: 2, weight: 'mandatory' },
            { skill: 'planner', level: 2, weight: 'relative' },
          ],
        }),
      ],
    });
    const [problem] = checkContentIntegrity(catalog);
    expect(problem?.field).toBe('competencies.2.skill');
    expect(problem?.message).toMatch(/is a tool/);
  });

  test('rejects a tool requirement that points at a soft skill, and an unknown tool', () => {
    const catalog = buildCatalog({
      skills: SKILLS,
      roles: [
        role('animator', {
          tools: [
            { skill: 'empathy', level: 2 },
            { skill: 'viadeo', level: 2 },
          ],
        }),
      ],
    });
    expect(checkContentIntegrity(catalog).map((p) => [p.field, p.message])).toEqual([
      ['tools.0.skill', '"empathy" is a soft skill, not a tool; list it under competencies'],
      ['tools.1.skill', 'unknown tool "viadeo"'],
    ]);
  });

  test('enforces article 001: soft skills are mandatory, know-how is relative', () => {
    const catalog = buildCatalog({
      skills: SKILLS,
      roles: [
        role('animator', {
          competencies: [
            { skill: 'empathy', level: 3, weight: 'relative' },
            { skill: 'diplomacy', level: 2, weight: 'mandatory' },
            { skill: 'moderation', level: 2, weight: 'mandatory' },
          ],
        }),
      ],
    });
    expect(checkContentIntegrity(catalog).map((p) => p.field)).toEqual([
      'competencies.0.weight',
      'competencies.2.weight',
    ]);
  });

  test('checks the references of an Expert speciality and refuses repeats of the base', () => {
    const base = role('expert');
    const catalog = buildCatalog({
      skills: SKILLS,
      roles: [
        {
          ...base,
          specialities: [
            {
              id: 'content',
              label: base.title,
              description: base.summary,
              competencies: [
                { skill: 'ghost', level: 3, weight: 'relative' },
                { skill: 'empathy', level: 4, weight: 'mandatory' },
              ],
              tools: [{ skill: 'moderation', level: 2 }],
            },
          ],
        },
      ],
    });
    expect(checkContentIntegrity(catalog).map((p) => [p.field, p.message])).toEqual([
      ['specialities.0.competencies.0.skill', 'unknown skill "ghost"'],
      [
        'specialities.0.tools.0.skill',
        '"moderation" is a know-how skill, not a tool; list it under competencies',
      ],
      [
        'specialities.0.competencies.1.skill',
        '"empathy" is already required by the role itself; a speciality only adds',
      ],
      [
        'specialities.0.tools.0.skill',
        '"moderation" is already required by the role itself; a speciality only adds',
      ],
    ]);
  });

  test('refuses a mission id used both by the role and by one of its specialities', () => {
    const base = role('expert');
    const catalog = buildCatalog({
      skills: SKILLS,
      roles: [
        {
          ...base,
          specialities: [
            {
              id: 'content',
              label: base.title,
              description: base.summary,
              missions: [{ id: 'm1', label: base.title, description: base.summary }],
            },
          ],
        },
      ],
    });
    expect(checkContentIntegrity(catalog)).toEqual([
      {
        file: 'content/roles/expert.yaml',
        field: 'missions',
        message: 'mission id "m1" is used twice in the role or its specialities',
      },
    ]);
  });

  test('finds a statement id used by two skills, naming both files', () => {
    const copy = { ...softSkill('diplomacy'), statements: softSkill('empathy').statements };
    const catalog = buildCatalog({ skills: [softSkill('empathy'), copy] });
    const problems = checkContentIntegrity(catalog);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toEqual({
      file: 'content/skills/diplomacy.yaml',
      field: 'statements.0.id',
      message: 'statement id "empathy-1" is already used in content/skills/empathy.yaml',
    });
  });

  test('finds two skills sharing an id', () => {
    const catalog = buildCatalog({ skills: [knowHow('moderation'), knowHow('moderation')] });
    expect(checkContentIntegrity(catalog)).toEqual([
      {
        file: 'content/skills/moderation.yaml',
        field: 'id',
        message: 'two skills share the id "moderation"',
      },
    ]);
  });

  test('rejects a scenario measuring an unknown skill or a tool', () => {
    const catalog = buildCatalog({
      skills: SKILLS,
      scenarios: [scenario('troll', ['empathy', 'sarcasm', 'planner'])],
    });
    expect(checkContentIntegrity(catalog).map((p) => [p.file, p.field])).toEqual([
      ['content/scenarios/troll.yaml', 'skills.1'],
      ['content/scenarios/troll.yaml', 'skills.2'],
    ]);
  });
});

describe('checkNarratives', () => {
  const catalog = validCatalog();

  test('accepts one narrative per locale for each role', () => {
    expect(
      checkNarratives(catalog, [
        { fileId: 'animator.fr', role: 'animator', locale: 'fr' },
        { fileId: 'animator.en', role: 'animator', locale: 'en' },
      ]),
    ).toEqual([]);
  });

  test('reports a narrative for an unknown role and the narratives that are missing', () => {
    const problems = checkNarratives(catalog, [
      { fileId: 'animator.fr', role: 'animator', locale: 'fr' },
      { fileId: 'wizard.fr', role: 'wizard', locale: 'fr' },
    ]);
    expect(problems).toEqual([
      { file: 'content/roles/wizard.fr.md', field: 'role', message: 'unknown role "wizard"' },
      {
        file: 'content/roles/animator.en.md',
        field: 'role',
        message: 'role "animator" has no en narrative',
      },
    ]);
  });

  test('reports a narrative whose locale does not match its file name', () => {
    const problems = checkNarratives(catalog, [
      { fileId: 'animator.fr', role: 'animator', locale: 'en' },
      { fileId: 'animator.en', role: 'animator', locale: 'en' },
    ]);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/roles/animator.fr.md', 'locale'],
      ['content/roles/animator.fr.md', 'role'],
    ]);
  });
});

describe('checkFileIds', () => {
  test('reports an id that differs from its file name', () => {
    expect(
      checkFileIds([
        { collection: 'skills', fileId: 'empathy', dataId: 'empathy' },
        { collection: 'scenarios', fileId: 'troll', dataId: 'trolls' },
      ]),
    ).toEqual([
      {
        file: 'content/scenarios/troll.yaml',
        field: 'id',
        message: 'id "trolls" differs from the file name "troll"',
      },
    ]);
  });
});

describe('formatContentProblems', () => {
  test('writes one line per problem, file first', () => {
    expect(
      formatContentProblems([
        { file: 'content/roles/a.yaml', field: 'tools.0.skill', message: 'unknown tool "x"' },
      ]),
    ).toBe('content/roles/a.yaml › tools.0.skill: unknown tool "x"');
  });
});

describe('the real content', () => {
  test('holds together: every reference resolves, every id is unique', () => {
    expect(formatContentProblems(checkContentIntegrity(loadCatalog()))).toBe('');
  });

  test('has a narrative in both locales for every role, and none for an unknown role', () => {
    expect(formatContentProblems(checkNarratives(loadCatalog(), loadNarratives()))).toBe('');
  });
});
