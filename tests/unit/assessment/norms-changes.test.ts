import { describe, expect, it } from 'vitest';
import {
  addToNormsSample,
  buildNormsSample,
  removeFromNormsSample,
} from '../../../src/domain/assessment/norms.ts';

/** A result's skill scores, as the norms read them. */
const result = (scores: Record<string, number>) => ({
  skills: Object.entries(scores).map(([skill, score]) => ({ skill, score })),
});

const saved = [
  result({ empathy: 40, writing: 75 }),
  result({ empathy: 90, writing: 20 }),
  result({ empathy: 40, writing: 55, moderation: 60 }),
  result({ empathy: 10, writing: 55 }),
];

describe('a save or a delete changes the norms sample as a new reading would', () => {
  it('adding results one by one gives the sample built from all of them', () => {
    let sample = buildNormsSample('v1', []);
    for (const one of saved) sample = addToNormsSample(sample, one);
    expect(sample).toEqual(buildNormsSample('v1', saved));
    expect(sample.skills['empathy']).toEqual([10, 40, 40, 90]);
  });

  it('removing a result gives the sample built without it, ties and skills others lack included', () => {
    const all = buildNormsSample('v1', saved);
    const without = removeFromNormsSample(all, saved[2] ?? result({}));
    expect(without).toEqual(
      buildNormsSample(
        'v1',
        [saved[0], saved[1], saved[3]].map((one) => one ?? result({})),
      ),
    );
    expect(without.skills['empathy']).toEqual([10, 40, 90]);
    expect(without.skills).not.toHaveProperty('moderation');
  });

  it('leaves the sample it was given as it was', () => {
    const all = buildNormsSample('v1', saved);
    const copy = structuredClone(all);
    addToNormsSample(all, result({ empathy: 50 }));
    removeFromNormsSample(all, saved[0] ?? result({}));
    expect(all).toEqual(copy);
  });
});
