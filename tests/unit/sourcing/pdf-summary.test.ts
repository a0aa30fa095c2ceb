import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { buildSourcingSummary } from '../../../src/domain/sourcing/pdf-document.ts';
import { renderPdf } from '../../../src/domain/pdf/render.ts';
import { toApiAnswer } from '../../../src/domain/sourcing/api-answer.ts';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import { createTranslator } from '../../../src/domain/text/index.ts';
import { sourcing as fr } from '../../../src/i18n/fr/sourcing.ts';
import { FILES, REAL_EMPLOYER_COST, input } from './helpers.ts';

const require = createRequire(import.meta.url);
const font = (path: string) => new Uint8Array(readFileSync(require.resolve(path)));

describe('buildSourcingSummary', () => {
  const t = createTranslator('fr', fr);
  const answer = toApiAnswer(
    decideSourcing(
      input({ coverage: 'extended', assumptions: { freelanceDayRate: 420 } }),
      FILES,
      REAL_EMPLOYER_COST,
    ),
    t,
    'fr',
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

  test('renders as a single A4 page', async () => {
    const bytes = await renderPdf(model, {
      regular: font('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
      bold: font('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe(model.title);
  });
});
