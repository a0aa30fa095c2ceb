import { describe, expect, test } from 'vitest';
import {
  findUncoveredSeedItems,
  resolveMissionRef,
  SeedCoverageSchema,
} from '../../../src/domain/content/coverage.ts';
import { loadCatalog } from '../../helpers/load-catalog.ts';
import { loadSeedCoverage, validCatalog } from './fixtures.ts';

const catalog = loadCatalog();
const coverage = loadSeedCoverage();
const count = (article: string, kind: string) =>
  coverage.items.filter((item) => item.article === article && item.kind === kind).length;

describe('seed coverage mapping', () => {
  test('every item maps to skills, missions and role fields that exist', () => {
    expect(findUncoveredSeedItems(catalog, coverage)).toEqual([]);
  });

  // The lists as the articles give them (see shared/seeds and DESIGN.md).
  test.each([
    ['000', 'quality', 6],
    ['000', 'mission', 4],
    ['001', 'quality', 9],
    ['001', 'mission', 8],
    ['002', 'quality', 11],
    ['002', 'mission', 11],
    ['003', 'quality', 7],
    ['004', 'role-definition', 6],
  ])('article %s: all %s items are mapped (%i)', (article, kind, expected) => {
    expect(count(article, kind)).toBe(expected);
  });

  test('every soft skill of the catalogue is traced back to at least one article', () => {
    const traced = new Set(coverage.items.flatMap((item) => item.skills));
    const soft = catalog.skills.filter((skill) => skill.kind === 'soft');
    expect(soft.map((skill) => skill.id).filter((id) => !traced.has(id))).toEqual([]);
  });

  test('reports an unknown skill, an unknown mission and an unknown speciality mission', () => {
    const broken = SeedCoverageSchema.parse({
      items: [
        { article: '003', kind: 'quality', source: 'L’instinct', skills: ['sixth-sense'] },
        { article: '002', kind: 'mission', source: 'Cadrer', missions: ['animator/frame'] },
        { article: '001', kind: 'mission', source: 'Veille', missions: ['expert/x/y'] },
      ],
    });
    expect(findUncoveredSeedItems(validCatalog(), broken)).toEqual([
      'items.0 (003 « L’instinct »): unknown skill "sixth-sense"',
      'items.1 (002 « Cadrer »): unknown mission "animator/frame"',
      'items.2 (001 « Veille »): unknown mission "expert/x/y"',
    ]);
  });

  test('refuses an item that maps to nothing, or carries an unknown key', () => {
    const item = { article: '003', kind: 'quality', source: 'Le leadership' };
    expect(SeedCoverageSchema.safeParse({ items: [item] }).success).toBe(false);
    expect(
      SeedCoverageSchema.safeParse({ items: [{ ...item, skills: ['leadership'], skill: 'x' }] })
        .success,
    ).toBe(false);
  });
});

describe('resolveMissionRef', () => {
  test.each([
    ['animator/moderate-spaces', true],
    ['expert/monitoring-reputation/watch-reputation', true],
    ['expert/watch-reputation', false],
    ['animator/monitoring-reputation/watch-reputation', false],
    ['nobody/moderate-spaces', false],
  ])('%s → %s', (ref, expected) => {
    expect(resolveMissionRef(catalog, ref)).toBe(expected);
  });
});
