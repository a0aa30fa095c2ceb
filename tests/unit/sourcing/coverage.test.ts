import { describe, expect, test } from 'vitest';
import { FIXED_RATINGS } from '../../../src/domain/sourcing/criteria.ts';
import { evaluateSourcing } from '../../../src/domain/sourcing/evaluate.ts';
import { CRITERIA, OPTION_IDS, SourcingInputSchema } from '../../../src/domain/sourcing/input.ts';
import type {
  Criterion,
  OptionId,
  SourcingInputDraft,
} from '../../../src/domain/sourcing/input.ts';
import { loadSeedCoverage } from '../content/fixtures.ts';
import { contextFor, input } from './helpers.ts';

const items = loadSeedCoverage().items.filter((item) => item.kind.startsWith('sourcing'));
const count = (article: string, kind: string) =>
  items.filter((item) => item.article === article && item.kind === kind).length;

/** Two values of an input, to see that the factor it carries moves the answer. */
const FACTOR_VALUES: Record<string, [SourcingInputDraft, SourcingInputDraft]> = {
  headcount: [{ headcount: 5 }, { headcount: 300 }],
  communitySpaces: [{ communitySpaces: 0 }, { communitySpaces: 6 }],
  objectives: [
    { objectives: ['visibility'] },
    { objectives: ['visibility', 'e-reputation', 'acquisition'] },
  ],
  monthlyBudget: [{ monthlyBudget: 500 }, { monthlyBudget: 15_000 }],
  hoursPerWeek: [
    { workloadMode: 'hours', hoursPerWeek: 4 },
    { workloadMode: 'hours', hoursPerWeek: 45 },
  ],
  coverage: [{ coverage: 'office' }, { coverage: 'crisis' }],
  canTrain: [{ canTrain: false }, { canTrain: true }],
};

function evaluate(draft: SourcingInputDraft) {
  const values = input(draft);
  return evaluateSourcing(values, contextFor(values), { withReasons: false });
}

/** Everything the score and the feasibility say about one criterion. */
function footprint(draft: SourcingInputDraft, criterion: Criterion): string {
  const result = evaluate(draft);
  return JSON.stringify([
    result.weights[criterion],
    result.options.map((option) => [
      option.id,
      option.ratings[criterion].toFixed(3),
      option.feasible,
    ]),
  ]);
}

describe('sourcing arguments of the five articles in the coverage mapping', () => {
  // The arguments and factors as the articles give them (shared/seeds).
  test.each([
    ['000', 'sourcing-argument', 8],
    ['000', 'sourcing-factor', 3],
    ['001', 'sourcing-argument', 2],
    ['002', 'sourcing-argument', 2],
    ['003', 'sourcing-argument', 5],
    ['003', 'sourcing-factor', 5],
  ])('article %s: every %s is mapped (%i)', (article, kind, expected) => {
    expect(count(article, kind)).toBe(expected);
  });

  test.each(items.map((item) => [`${item.article} « ${item.source} »`, item] as const))(
    '%s drives a criterion of the score, its options and input exist',
    (_name, item) => {
      const sourcing = item.sourcing;
      expect(sourcing, 'a sourcing item names its criterion').toBeDefined();
      if (!sourcing) return;
      expect(CRITERIA).toContain(sourcing.criterion);
      for (const option of sourcing.favours) expect(OPTION_IDS).toContain(option);
      if (sourcing.input) expect(Object.keys(SourcingInputSchema.shape)).toContain(sourcing.input);
      if (item.kind === 'sourcing-argument') expect(sourcing.favours.length).toBeGreaterThan(0);
      else expect(sourcing.input).toBeDefined();
    },
  );

  test.each(
    items
      .filter((item) => item.kind === 'sourcing-argument')
      .map((item) => [`${item.article} « ${item.source} »`, item] as const),
  )('%s: the options it favours rate higher on its criterion', (_name, item) => {
    const criterion = item.sourcing?.criterion as Criterion;
    const favours = (item.sourcing?.favours ?? []) as OptionId[];
    const others = OPTION_IDS.filter((id) => !favours.includes(id));
    let rating: (id: OptionId) => number;
    if (criterion in FIXED_RATINGS) {
      const fixed = FIXED_RATINGS[criterion as keyof typeof FIXED_RATINGS];
      rating = (id) => fixed[id];
    } else {
      // Computed criteria: cost at a few hours a week, coverage when crises must be covered.
      const result = evaluate(
        criterion === 'cost'
          ? { workloadMode: 'hours', hoursPerWeek: 6 }
          : { coverage: 'crisis', workloadMode: 'hours', hoursPerWeek: 30 },
      );
      rating = (id) => result.options.find((option) => option.id === id)?.ratings[criterion] ?? 0;
    }
    const mean = others.reduce((sum, id) => sum + rating(id), 0) / others.length;
    for (const id of favours) expect(rating(id), id).toBeGreaterThan(mean);
  });

  test.each(
    items
      .filter((item) => item.kind === 'sourcing-factor')
      .map((item) => [`${item.article} « ${item.source} »`, item] as const),
  )('%s: changing the input it names moves the score or the feasibility', (_name, item) => {
    const values = FACTOR_VALUES[item.sourcing?.input ?? ''];
    expect(values, `test values for ${item.sourcing?.input}`).toBeDefined();
    if (!values) return;
    const criterion = item.sourcing?.criterion as Criterion;
    expect(footprint(values[0], criterion)).not.toBe(footprint(values[1], criterion));
  });
});
