import { describe, expect, test } from 'vitest';
import {
  briefPdfModel,
  briefToMarkdown,
  buildBrief,
  normaliseProposal,
  ProposalSchema,
} from '../../../src/domain/sourcing/brief.ts';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import { presentSourcing } from '../../../src/domain/sourcing/present.ts';
import type { SourcingInputDraft } from '../../../src/domain/sourcing/input.ts';
import { createTranslator } from '../../../src/domain/text/index.ts';
import { sourcing as en } from '../../../src/i18n/en/sourcing.ts';
import { sourcing as fr } from '../../../src/i18n/fr/sourcing.ts';
import { loadCatalog } from '../../helpers/load-catalog.ts';
import { FILES, REAL_PAYROLL, input } from './helpers.ts';

const catalog = loadCatalog();

function brief(draft: SourcingInputDraft, locale: 'fr' | 'en' = 'fr', withRole = false) {
  const t = createTranslator(locale, locale === 'fr' ? fr : en);
  const values = input(draft);
  const view = presentSourcing(decideSourcing(values, FILES, REAL_PAYROLL), t, locale, {
    currentYear: 2026,
  });
  const role = withRole ? catalog.roles.find((entry) => entry.id === 'animator') : undefined;
  return { view, brief: buildBrief(view, t, { role, date: '30 novembre 2026' }) };
}

/** A hotel that needs weekend replies and has nobody to train: a freelancer. */
const HOTEL: SourcingInputDraft = {
  company: 'Hôtel du Port',
  headcount: 40,
  monthlyBudget: 3500,
  workloadMode: 'hours',
  hoursPerWeek: 15,
  coverage: 'extended',
  objectives: ['customer-service', 'e-reputation'],
  canTrain: false,
  role: 'animator',
};

describe('normaliseProposal', () => {
  test('set-up + monthly fee over the longer of horizon and commitment + extras, per month', () => {
    const proposal = ProposalSchema.parse({
      name: 'A',
      monthlyFee: 1000,
      setupFee: 1200,
      extraHourlyRate: 50,
      extraHoursPerMonth: 2,
      minimumMonths: 12,
    });
    // 6-month horizon, 12-month commitment: (1 200 + 12 × 1 000 + 6 × 100) ÷ 6
    expect(normaliseProposal(proposal, 6)).toBeCloseTo(2300, 6);
    // 24 months: (1 200 + 24 × 1 000 + 24 × 100) ÷ 24
    expect(normaliseProposal(proposal, 24)).toBeCloseTo(1150, 6);
  });
});

describe('buildBrief', () => {
  test('a freelancer’s brief carries volumes, coverage, GDPR art. 28 terms and the role’s perimeter', () => {
    const { view, brief: result } = brief(HOTEL, 'fr', true);
    expect(view.briefAvailable).toBe(true);
    expect(result.option).toBe(view.recommendation);
    const ids = result.sections.map((part) => part.id);
    for (const id of [
      'context',
      'mission',
      'objective',
      'in-scope',
      'out-of-scope',
      'red-lines',
      'volumes',
      'coverage',
      'reporting',
      'access',
      'data',
      'ownership',
      'reversibility',
      'budget',
    ]) {
      expect(ids).toContain(id);
    }
    const text = JSON.stringify(result);
    expect(text).toContain('Hôtel du Port');
    expect(text).toContain('article 28');
    const animator = catalog.roles.find((entry) => entry.id === 'animator');
    expect(text).toContain(animator?.perimeter.redLines[0]?.fr ?? 'missing');
    expect(text).toContain(animator?.kpis[0]?.label.fr ?? 'missing');
    expect(result.grid.rows).toHaveLength(3);
  });

  test('no customer data, no processor terms; Québec gets its own act', () => {
    const quiet = brief(
      { ...HOTEL, objectives: ['visibility'], conversationsPerWeek: 0, role: undefined },
      'en',
    );
    expect(JSON.stringify(quiet.brief)).not.toContain('article 28');
    const quebec = brief({ ...HOTEL, country: 'qc', monthlyBudget: 5000 }, 'en');
    expect(JSON.stringify(quebec.brief)).toContain('Québec’s private-sector act');
  });

  test('proposals are ranked by their monthly cost over the horizon', () => {
    const t = createTranslator('en', en);
    const values = input({ ...HOTEL, horizonMonths: 12 });
    const view = presentSourcing(decideSourcing(values, FILES, REAL_PAYROLL), t, 'en', {
      currentYear: 2026,
    });
    const result = buildBrief(view, t, {
      date: '30 November 2026',
      proposals: [
        ProposalSchema.parse({ name: 'Dear', monthlyFee: 3000, minimumMonths: 24 }),
        ProposalSchema.parse({ name: 'Cheap', monthlyFee: 2000, setupFee: 1200 }),
      ],
    });
    expect(result.grid.rows.map((row) => row[0])).toEqual(['Cheap', 'Dear']);
    expect(result.grid.rows[0]?.[5]).toBe('€2,100');
    expect(result.grid.rows[1]?.[5]).toBe('€6,000');
  });

  test('Markdown and PDF hold every section and the grid', () => {
    const { brief: result } = brief(HOTEL, 'en', true);
    const markdown = briefToMarkdown(result);
    for (const part of result.sections) expect(markdown).toContain(`## ${part.heading}`);
    expect(markdown).toContain(`| ${result.grid.columns[0]} |`);
    const model = briefPdfModel(result, 'footer');
    expect(model.blocks.filter((block) => block.type === 'heading')).toHaveLength(
      result.sections.length + 1,
    );
  });
});
