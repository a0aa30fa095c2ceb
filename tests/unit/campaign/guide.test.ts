import { describe, expect, test } from 'vitest';
import {
  buildForbiddenBox,
  buildInterviewGuide,
  CandidateProfileSchema,
  CompetencyModelSchema,
  jurisdictionOf,
  type CompetencyModel,
} from '../../../src/domain/campaign/index.ts';
import { loadInterviewContent } from '../../helpers/load-interview.ts';

/** The value, or a failed test naming what was missing. */
function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

const content = loadInterviewContent();

// A job whose model lists know-how before soft skills, and a relative soft skill before a
// mandatory one, so the guide's ordering is what is tested, not the input's.
const MODEL: CompetencyModel = CompetencyModelSchema.parse([
  { skill: 'reporting', level: 2, weight: 'relative' },
  { skill: 'curiosity', level: 2, weight: 'relative' },
  { skill: 'empathy', level: 3, weight: 'mandatory' },
  { skill: 'moderation', level: 3, weight: 'relative' },
  { skill: 'stress-conflict', level: 3, weight: 'mandatory' },
]);

describe('buildInterviewGuide', () => {
  const guide = buildInterviewGuide(content, MODEL, 'fr', 'fr');

  test('starts with soft skills (mandatory first) and ends with know-how', () => {
    expect(guide.competencies.map((c) => c.skill)).toEqual([
      'empathy',
      'stress-conflict',
      'curiosity',
      'reporting',
      'moderation',
    ]);
    expect(guide.competencies.map((c) => c.kind)).toEqual([
      'soft',
      'soft',
      'soft',
      'know-how',
      'know-how',
    ]);
  });

  test('asks two questions per competency, the same for every candidate, with STAR follow-ups', () => {
    const a = buildInterviewGuide(content, MODEL, 'fr', 'fr', profile({ empathy: 1 }));
    const b = buildInterviewGuide(content, MODEL, 'fr', 'fr', profile({ empathy: 4 }));
    for (const competency of guide.competencies) {
      expect(competency.questions).toHaveLength(2);
      expect(competency.questions.every((q) => q.followUps.length > 0)).toBe(true);
    }
    const ids = (g: typeof guide) => g.competencies.flatMap((c) => c.questions.map((q) => q.id));
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a)).toEqual(ids(guide));
  });

  test('asks the questions the campaign pinned', () => {
    const pinned = CompetencyModelSchema.parse([
      {
        skill: 'empathy',
        level: 3,
        weight: 'mandatory',
        questionIds: ['empathy-q4', 'empathy-q3'],
      },
    ]);
    const g = buildInterviewGuide(content, pinned, 'fr', 'en');
    expect(g.competencies[0]?.questions.map((q) => q.id)).toEqual(['empathy-q4', 'empathy-q3']);
    expect(g.competencies[0]?.questions[0]?.text).toMatch(/^Tell me/);
  });

  test('anchors the rating scale on the skill’s four level descriptors and marks the required one', () => {
    const empathy = defined(
      guide.competencies.find((c) => c.skill === 'empathy'),
      'item',
    );
    const skill = defined(
      content.skills.find((s) => s.id === 'empathy'),
      'item',
    );
    expect(empathy.scale.map((a) => a.descriptor)).toEqual(skill.levels.map((l) => l.fr));
    expect(empathy.scale.filter((a) => a.required).map((a) => a.rating)).toEqual([3]);
  });

  test('without a candidate, has no gap and no flag probes', () => {
    expect(guide.competencies.some((c) => c.gap || c.flagChecks.length)).toBe(false);
    expect(guide.flagChecks).toEqual([]);
  });

  test('a gap’s probes appear only on that candidate’s gap, aimed at the next level', () => {
    const g = buildInterviewGuide(
      content,
      MODEL,
      'fr',
      'en',
      profile({ empathy: 1, 'stress-conflict': 3, curiosity: 4, reporting: 2, moderation: 2 }),
    );
    const withGap = g.competencies.filter((c) => c.gap).map((c) => c.skill);
    expect(withGap).toEqual(['empathy', 'moderation']);
    const empathy = defined(
      g.competencies.find((c) => c.skill === 'empathy'),
      'item',
    );
    const skill = defined(
      content.skills.find((s) => s.id === 'empathy'),
      'item',
    );
    expect(empathy.gap).toMatchObject({
      candidateLevel: 1,
      requiredLevel: 3,
      candidateDescriptor: skill.levels[0]?.en,
      nextDescriptor: skill.levels[1]?.en,
    });
    const bank = defined(
      content.banks.find((b) => b.skill === 'empathy'),
      'item',
    );
    expect(empathy.gap?.probes).toEqual(bank.gapProbes.map((p) => p.en));
    // Another candidate, at the required level everywhere, gets no gap probe.
    const other = buildInterviewGuide(
      content,
      MODEL,
      'fr',
      'en',
      profile({ empathy: 3, 'stress-conflict': 3, curiosity: 2, reporting: 2, moderation: 3 }),
    );
    expect(other.competencies.filter((c) => c.gap)).toEqual([]);
  });

  test('a skill-scoped caution goes on its competency; a whole-result caution on the guide', () => {
    const g = buildInterviewGuide(
      content,
      MODEL,
      'fr',
      'fr',
      CandidateProfileSchema.parse({
        levels: { empathy: 3 },
        flags: [{ kind: 'inconsistent', skills: ['empathy', 'writing'] }, { kind: 'too-good' }],
      }),
    );
    const empathy = defined(
      g.competencies.find((c) => c.skill === 'empathy'),
      'item',
    );
    expect(empathy.flagChecks.map((f) => f.flag)).toEqual(['inconsistent']);
    expect(g.competencies.filter((c) => c.flagChecks.length).map((c) => c.skill)).toEqual([
      'empathy',
    ]);
    expect(g.flagChecks.map((f) => f.flag)).toEqual(['too-good']);
    expect(g.flagChecks[0]?.probes.length).toBeGreaterThan(0);
  });

  test('leaves tools out of the interview and says so', () => {
    const withTool = CompetencyModelSchema.parse([
      { skill: 'linkedin', level: 2, weight: 'relative' },
      { skill: 'writing', level: 3, weight: 'mandatory' },
    ]);
    const g = buildInterviewGuide(content, withTool, 'fr', 'fr');
    expect(g.competencies.map((c) => c.skill)).toEqual(['writing']);
    expect(g.notInterviewed).toEqual(['linkedin']);
  });

  test('refuses a skill the catalogue does not know', () => {
    const model = CompetencyModelSchema.parse([
      { skill: 'juggling', level: 2, weight: 'relative' },
    ]);
    expect(() => buildInterviewGuide(content, model, 'fr', 'fr')).toThrow(/juggling/);
  });
});

describe('forbidden questions box', () => {
  test('for Québec cites Charte art. 18.1 and no French article', () => {
    const box = buildForbiddenBox(content.forbidden, 'qc', 'fr');
    const labels = [
      ...box.principles.flatMap((p) => p.references),
      ...box.topics.flatMap((t) => t.references),
    ].map((r) => r.label);
    expect(labels).toContain('Charte des droits et libertés de la personne, art. 18.1');
    expect(labels.some((l) => /L1132-1|L1221-6/.test(l))).toBe(false);
    expect(box.topics.find((t) => t.id === 'pregnancy')?.references[0]?.article).toBe('18.1');
  });

  test('for France cites L1132-1 on every topic and L1221-6 as the principle', () => {
    const box = buildForbiddenBox(content.forbidden, 'fr', 'en');
    expect(box.principles.flatMap((p) => p.references.map((r) => r.article))).toContain('L1221-6');
    for (const topic of box.topics.filter((t) => t.id !== 'criminal-record-unrelated')) {
      expect(
        topic.references.map((r) => r.article),
        topic.id,
      ).toContain('L1132-1');
    }
    expect(box.topics.map((t) => t.id)).toEqual(
      expect.arrayContaining(['age', 'pregnancy', 'health', 'religion', 'union-activity']),
    );
  });

  test('elsewhere lists the topics as good practice, without references', () => {
    const box = buildForbiddenBox(content.forbidden, 'other', 'en');
    expect(box.rulesModelled).toBe(false);
    expect(box.topics.length).toBe(content.forbidden.topics.length);
    expect(box.topics.every((t) => t.references.length === 0)).toBe(true);
  });

  test('the guide carries the box of the job’s jurisdiction', () => {
    const g = buildInterviewGuide(content, MODEL, 'qc', 'fr');
    expect(g.forbidden.jurisdiction).toBe('qc');
  });
});

describe('jurisdictionOf', () => {
  test.each([
    ['FR', undefined, 'fr'],
    ['CA', 'QC', 'qc'],
    ['CA', 'Québec', 'qc'],
    ['CA', 'ON', 'other'],
    ['BE', undefined, 'other'],
  ] as const)('%s / %s is %s', (country, region, expected) => {
    expect(jurisdictionOf(country, region)).toBe(expected);
  });
});

function profile(levels: Record<string, number>) {
  return CandidateProfileSchema.parse({ levels });
}
