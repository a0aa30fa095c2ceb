import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import {
  buildSourcingSummary,
  sourcingPdfFileName,
} from '../../../src/domain/sourcing/pdf-document.ts';
import { renderPdf } from '../../../src/domain/pdf/render.ts';
import { presentSourcing } from '../../../src/domain/sourcing/present.ts';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import { createTranslator } from '../../../src/domain/text/index.ts';
import { sourcing as fr } from '../../../src/i18n/fr/sourcing.ts';
import { FILES, REAL_PAYROLL, input } from './helpers.ts';

const require = createRequire(import.meta.url);
const font = (path: string) => new Uint8Array(readFileSync(require.resolve(path)));

describe('buildSourcingSummary', () => {
  const t = createTranslator('fr', fr);
  const answer = presentSourcing(
    decideSourcing(
      input({
        coverage: 'extended',
        company: 'Boulangerie Martin',
        assumptions: { freelanceDayRate: 420 },
        weights: { cost: 9 },
      }),
      FILES,
      REAL_PAYROLL,
    ),
    t,
    'fr',
    { currentYear: 2026 },
  );
  const model = buildSourcingSummary(answer, {
    t,
    date: '22 novembre 2026',
    link: 'https://example.org/sourcing/?a.freelanceDayRate=420',
  });

  test('opens with the recommendation and lists every option with score and costs', () => {
    expect(model.blocks[0]).toMatchObject({ type: 'callout', title: answer.headline });
    const table = model.blocks.find((block) => block.type === 'table');
    expect(table?.type === 'table' && table.rows.map((row) => row[0]?.replace('★ ', ''))).toEqual(
      answer.options.map((option) => option.name),
    );
    expect(model.language).toBe('fr');
  });

  test('mentions the edited assumption and the link', () => {
    const text = JSON.stringify(model.blocks);
    expect(text).toContain('420');
    expect(text).toContain('https://example.org/sourcing/?a.freelanceDayRate=420');
  });

  test('holds the inputs, the weights (edited marked) and every assumption with its year', () => {
    const text = JSON.stringify(model.blocks);
    expect(text).toContain('Boulangerie Martin');
    for (const row of answer.inputSummary) expect(text).toContain(row.label);
    for (const item of answer.assumptions) expect(text).toContain(String(item.source.year));
    expect(text).toContain('modifiée');
    expect(model.title).toContain('Boulangerie Martin');
  });

  test('is named after the company and the date', () => {
    expect(sourcingPdfFileName('Boulangerie Martin', '2026-11-30', 'fr')).toBe(
      'boulangerie-martin-aide-au-choix-2026-11-30.pdf',
    );
    expect(sourcingPdfFileName('', '2026-11-30', 'en')).toBe('sourcing-2026-11-30.pdf');
  });

  test('renders in a few A4 pages', async () => {
    const bytes = await renderPdf(model, {
      regular: font('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
      bold: font('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
    });
    const pdf = await PDFDocument.load(bytes);
    // The answer, the plan, the inputs, the breakdown, the weights and 34 sourced assumptions.
    expect(pdf.getPageCount()).toBeLessThanOrEqual(5);
    expect(pdf.getTitle()).toBe(model.title);
  });
});
