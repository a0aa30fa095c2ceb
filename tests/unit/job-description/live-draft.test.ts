import { describe, expect, test } from 'vitest';
import { JobDescriptionDraftSchema } from '../../../src/domain/job-description/draft.ts';
import {
  computeLiveDraft,
  focusTargetOf,
  lenientDraft,
} from '../../../src/islands/job-description/live-draft.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

describe('lenientDraft (the builder’s live preview)', () => {
  test('keeps a valid draft as it is', () => {
    const jd = cleanJobDescription();
    expect(lenientDraft(jd, JobDescriptionDraftSchema)).toEqual(jd);
  });

  test('leaves out a section that does not validate yet, and stands in for an empty name', () => {
    const jd = cleanJobDescription();
    const draft = lenientDraft(
      {
        ...jd,
        company: { name: '' },
        howToApply: { instructions: 'x', email: 'not-an-address' },
      },
      JobDescriptionDraftSchema,
    );
    expect(draft?.company.name).toBe('…');
    expect(draft).not.toHaveProperty('howToApply');
    expect(draft?.objective).toBe(jd.objective);
  });

  test('gives up only when the role or the language is unusable', () => {
    const jd = cleanJobDescription();
    expect(lenientDraft({ ...jd, locale: 'de' }, JobDescriptionDraftSchema)).toBeUndefined();
    expect(
      computeLiveDraft({ ...jd, role: 'pilot' }, catalog, JobDescriptionDraftSchema),
    ).toBeUndefined();
  });

  test('the live draft carries the composed description and its view (checks run apart)', () => {
    const jd = cleanJobDescription();
    const live = computeLiveDraft({ ...jd, objective: '' }, catalog, JobDescriptionDraftSchema);
    expect(live?.jobDescription.objective).toBe('');
    expect(live?.view.title).toBe(jd.title);
    expect(live).not.toHaveProperty('findings');
  });
});

describe('focusTargetOf', () => {
  test.each([
    ['salary', 'salary.min'],
    ['missions', 'missions.0.enabled'],
    ['perimeter.redLines.2', 'perimeter.redLines'],
    ['kpis.0', 'kpis'],
    ['missions.3.description', 'missions.3.description'],
  ])('%s → %s', (field, target) => {
    expect(focusTargetOf(field)).toBe(target);
  });
});
