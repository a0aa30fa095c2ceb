import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../../helpers/load-catalog.ts';
import type { Catalog } from '../../../src/domain/content/catalog.ts';
import { SeedCoverageSchema } from '../../../src/domain/content/coverage.ts';
import type { SeedCoverage } from '../../../src/domain/content/coverage.ts';
import type { NarrativeRef } from '../../../src/domain/content/integrity.ts';
import { RoleSchema } from '../../../src/domain/content/role.ts';
import type { RoleInput } from '../../../src/domain/content/role.ts';
import { ScenarioSchema } from '../../../src/domain/content/scenario.ts';
import type { ScenarioInput } from '../../../src/domain/content/scenario.ts';
import { SkillSchema } from '../../../src/domain/content/skill.ts';
import type { SkillInput } from '../../../src/domain/content/skill.ts';

/** The same text in both locales, for fixtures. */
export const text = (words: string) => ({ fr: `${words} (fr)`, en: `${words} (en)` });

const fourLevels = [text('l1'), text('l2'), text('l3'), text('l4')];

/** A valid soft skill with three statements, one reverse-keyed. */
export function softSkill(id: string): SkillInput {
  return {
    id,
    kind: 'soft',
    family: 'relationship',
    label: text(id),
    description: text(`${id} description`),
    levels: fourLevels,
    statements: [
      { id: `${id}-1`, text: text('s1') },
      { id: `${id}-2`, text: text('s2') },
      { id: `${id}-3`, reverse: true, text: text('s3') },
    ],
  } satisfies SkillInput;
}

/** A valid know-how entry. */
export function knowHow(id: string): SkillInput {
  return {
    id,
    kind: 'know-how',
    family: 'content',
    label: text(id),
    description: text(`${id} description`),
    levels: fourLevels,
  } satisfies SkillInput;
}

/** A valid tool entry. */
export function tool(id: string): SkillInput {
  return {
    id,
    kind: 'tool',
    family: 'tools',
    category: 'scheduling',
    label: text(id),
    description: text(`${id} description`),
    levels: fourLevels,
  } satisfies SkillInput;
}

/** A valid role that requires `empathy`, `diplomacy`, `moderation` and the tool `planner`. */
export function role(id: string, overrides: Partial<RoleInput> = {}): RoleInput {
  const mission = (missionId: string) => ({
    id: missionId,
    label: text(missionId),
    description: text(`${missionId} description`),
  });
  return {
    id,
    order: 0,
    title: text('title'),
    alternativeTitles: { fr: ['Titre (F/H)'], en: ['Title (F/M)'] },
    summary: text('summary'),
    cellRole: text('cell role'),
    reportingLine: text('reporting line'),
    missions: [mission('m1'), mission('m2'), mission('m3')],
    competencies: [
      { skill: 'empathy', level: 3, weight: 'mandatory' },
      { skill: 'diplomacy', level: 2, weight: 'mandatory' },
      { skill: 'moderation', level: 2, weight: 'relative' },
    ],
    tools: [{ skill: 'planner', level: 2 }],
    kpis: [
      { id: 'k1', label: text('k1') },
      { id: 'k2', label: text('k2') },
    ],
    perimeter: {
      objectiveExamples: [text('objective')],
      inScope: [text('in')],
      outOfScope: [text('out')],
      redLines: [text('red line')],
      decides: text('the brand'),
      escalation: text('escalate'),
    },
    contract: { type: 'cdi', seniority: 'junior' },
    salary: {
      min: 24000,
      max: 30000,
      currency: 'EUR',
      period: 'YEAR',
      source: { name: 'Test source', year: 2021 },
      note: text('note'),
    },
    ...overrides,
  } satisfies RoleInput;
}

/** A valid scenario measuring the given skills. */
export function scenario(id: string, skills: string[]): ScenarioInput {
  return {
    id,
    title: text(id),
    situation: text('situation'),
    skills,
    options: (['a', 'b', 'c', 'd'] as const).map((optionId, index) => ({
      id: optionId,
      text: text(optionId),
      points: 3 - index,
      rationale: text(`why ${optionId}`),
    })),
    explanation: text('explanation'),
  } satisfies ScenarioInput;
}

/** Parses raw fixture inputs through the real schemas into a catalogue. */
export function buildCatalog(input: {
  roles?: RoleInput[];
  skills?: SkillInput[];
  scenarios?: ScenarioInput[];
}): Catalog {
  return {
    roles: (input.roles ?? []).map((entry) => RoleSchema.parse(entry)),
    skills: (input.skills ?? []).map((entry) => SkillSchema.parse(entry)),
    scenarios: (input.scenarios ?? []).map((entry) => ScenarioSchema.parse(entry)),
    checks: [],
  };
}

/** A small catalogue whose references all hold. */
export function validCatalog(): Catalog {
  return buildCatalog({
    roles: [role('animator')],
    skills: [softSkill('empathy'), softSkill('diplomacy'), knowHow('moderation'), tool('planner')],
    scenarios: [scenario('troll', ['empathy', 'moderation'])],
  });
}

/** The seed-coverage mapping kept in `content/coverage/seed-coverage.yaml`. */
export function loadSeedCoverage(): SeedCoverage {
  const file = join(CONTENT_DIR, 'coverage', 'seed-coverage.yaml');
  return SeedCoverageSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** The role narratives in `content/roles/*.md`, read from their front matter. */
export function loadNarratives(): (NarrativeRef & { body: string })[] {
  const dir = join(CONTENT_DIR, 'roles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
      if (!match) throw new Error(`content/roles/${name} has no front matter`);
      const front = parse(match[1] ?? '') as { role: string; locale: 'fr' | 'en' };
      return {
        fileId: name.replace(/\.md$/, ''),
        role: front.role,
        locale: front.locale,
        body: match[2] ?? '',
      };
    });
}
