import { describe, expect, test } from 'vitest';
import {
  checkInterviewBanks,
  InterviewBankSchema,
  MIN_QUESTIONS,
} from '../../../src/domain/content/interview.ts';
import { formatContentProblems } from '../../../src/domain/content/integrity.ts';
import { loadCatalog } from '../../helpers/load-catalog.ts';
import {
  loadFlagProbes,
  loadForbidden,
  loadInterviewBankEntries,
  loadRetention,
} from '../../helpers/load-interview.ts';

/** The value, or a failed test naming what was missing. */
function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

const catalog = loadCatalog();
const entries = loadInterviewBankEntries();

describe('interview question banks (content/interview)', () => {
  test('every soft skill and know-how has its questions in both locales, and nothing is broken', () => {
    expect(formatContentProblems(checkInterviewBanks(catalog.skills, entries))).toBe('');
  });

  test.each(
    catalog.skills.filter((skill) => skill.kind !== 'tool').map((skill) => [skill.id, skill.kind]),
  )('%s (%s) has enough behavioural questions, each with a STAR follow-up', (id, kind) => {
    const bank = defined(
      entries.find((entry) => entry.data.skill === id)?.data,
      `content/interview/${id}.yaml`,
    );
    expect(bank.questions.length).toBeGreaterThanOrEqual(
      MIN_QUESTIONS[kind as 'soft' | 'know-how'],
    );
    for (const question of bank.questions) {
      expect(question.followUps.length).toBeGreaterThan(0);
      // Behavioural: the question asks the person to tell or show a past situation, in both
      // languages (not "what would you do if…"); French wording is typeset at load.
      expect(question.text.fr).toMatch(/^(Parlez-moi|Racontez|Décrivez|Montrez)/);
      expect(question.text.en).toMatch(/^(Tell me|Describe|Show)/);
      expect(question.text.fr).not.toContain("'");
    }
    expect(bank.gapProbes.length).toBeGreaterThan(0);
  });

  test('the integrity check reports a missing bank, a short bank, a tool bank and an untranslated text', () => {
    const skills = [
      { id: 'empathy', kind: 'soft' as const },
      { id: 'moderation', kind: 'know-how' as const },
      { id: 'planner', kind: 'tool' as const },
    ];
    const text = (s: string) => ({ fr: `${s} fr`, en: `${s} en` });
    const question = (id: string) => ({ id, text: text(id), followUps: [text('f')] });
    const bank = (skill: string, n: number, same = false) =>
      InterviewBankSchema.parse({
        skill,
        questions: Array.from({ length: n }, (_, i) => question(`${skill}-q${i}`)),
        gapProbes: [same ? { fr: 'Même texte', en: 'Même texte' } : text('g')],
      });
    const problems = checkInterviewBanks(skills, [
      { fileId: 'empathy', data: bank('empathy', 3) },
      { fileId: 'planner', data: bank('planner', 2, true) },
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'content/interview/empathy.yaml questions: a soft skill needs at least 4 questions (has 3)',
      'content/interview/moderation.yaml : the know-how skill "moderation" has no interview question bank',
      'content/interview/planner.yaml skill: tools are checked by the assessment, not by interview questions',
      'content/interview/planner.yaml gapProbes.0: French and English are identical',
    ]);
  });
});

describe('campaign rules (content/campaign)', () => {
  const forbidden = loadForbidden();

  test.each([
    'age',
    'family-situation',
    'pregnancy',
    'health',
    'origin',
    'religion',
    'union-activity',
    'political-opinions',
    'sexual-orientation-gender',
    'address-bank',
  ])('the forbidden topic "%s" exists and cites Code du travail L1132-1', (id) => {
    const topic = defined(
      forbidden.topics.find((t) => t.id === id),
      id,
    );
    expect(topic.references).toContainEqual(
      expect.objectContaining({ jurisdiction: 'fr', law: 'Code du travail', article: 'L1132-1' }),
    );
  });

  test('the principles cite L1221-6 for France and art. 18.1 and 10 of the Charte for Québec', () => {
    const refs = forbidden.principles.flatMap((p) => p.references);
    expect(refs.map((r) => `${r.jurisdiction} ${r.article}`)).toEqual(
      expect.arrayContaining(['fr L1221-6', 'fr L1132-1', 'qc 18.1', 'qc 10']),
    );
  });

  test('every response-quality flag has probes', () => {
    expect(
      loadFlagProbes()
        .probes.map((p) => p.flag)
        .sort(),
    ).toEqual(['careless', 'inconsistent', 'too-good']);
  });

  test('retention follows the CNIL guide (2023): at most 2 years in the talent pool', () => {
    const retention = loadRetention();
    expect(retention.talentPool.maxMonths).toBe(24);
    expect(retention.talentPool.source.year).toBe(2023);
    expect(retention.notHired.source.name).toMatch(/CNIL/);
  });
});
