import { describe, expect, test } from 'vitest';
import {
  campaignDraftOf,
  campaignModelOf,
  modelCompetencyViews,
} from '../../../src/domain/campaign/model-from-job.ts';

const SKILLS = [
  { id: 'moderation', label: { fr: 'Modération', en: 'Moderation' }, kind: 'know-how' as const },
  { id: 'empathy', label: { fr: 'Empathie', en: 'Empathy' }, kind: 'soft' as const },
  { id: 'curiosity', label: { fr: 'Curiosité', en: 'Curiosity' }, kind: 'soft' as const },
  { id: 'canva', label: { fr: 'Canva', en: 'Canva' }, kind: 'tool' as const },
];

describe('campaignDraftOf', () => {
  test('puts savoir-être and savoir-agir first, mandatory before relative, in the job’s order', () => {
    const draft = campaignDraftOf(
      {
        competencies: [
          { skill: 'moderation', level: 3, weight: 'relative' },
          { skill: 'curiosity', level: 2, weight: 'relative' },
          { skill: 'empathy', level: 4, weight: 'mandatory' },
        ],
        tools: [{ skill: 'canva', level: 2 }],
      },
      SKILLS,
      'fr',
    );
    expect(draft.model.map((c) => [c.label, c.kind, c.weight, c.requiredLevel])).toEqual([
      ['Empathie', 'soft', 'mandatory', 4],
      ['Curiosité', 'soft', 'relative', 2],
      ['Modération', 'know-how', 'relative', 3],
    ]);
    expect(draft.tools).toEqual(['Canva']);
  });
});

describe('campaignModelOf', () => {
  const job = {
    competencies: [
      { skill: 'moderation', level: 3, weight: 'relative' as const },
      { skill: 'empathy', level: 4, weight: 'mandatory' as const },
    ],
    tools: [{ skill: 'canva', level: 2 }],
  };

  test('keeps the job’s competencies, required levels and weight classes, and its tools', () => {
    expect(campaignModelOf(job)).toEqual({
      model: [
        { skill: 'moderation', level: 3, weight: 'relative' },
        { skill: 'empathy', level: 4, weight: 'mandatory' },
      ],
      tools: [{ skill: 'canva', level: 2 }],
    });
  });

  test('the page shows, before creation, the competencies the campaign will be labelled with', () => {
    const created = modelCompetencyViews(campaignModelOf(job).model, SKILLS, 'en');
    const shown = campaignDraftOf(job, SKILLS, 'en').model;
    expect([...shown].sort((a, b) => a.skill.localeCompare(b.skill))).toEqual(
      [...created].sort((a, b) => a.skill.localeCompare(b.skill)),
    );
  });

  test('a skill missing from the catalogue keeps its id as label and counts as savoir-être', () => {
    expect(
      modelCompetencyViews([{ skill: 'unknown', level: 2, weight: 'mandatory' }], SKILLS, 'fr'),
    ).toEqual([
      { skill: 'unknown', label: 'unknown', kind: 'soft', weight: 'mandatory', requiredLevel: 2 },
    ]);
  });
});
