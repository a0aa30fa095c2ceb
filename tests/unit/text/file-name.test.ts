import { describe, expect, test } from 'vitest';
import { assessmentPdfFileName } from '../../../src/domain/assessment/pdf-document.ts';
import { jobDescriptionFileName } from '../../../src/domain/job-description/file-name.ts';
import { sourcingPdfFileName } from '../../../src/domain/sourcing/pdf-document.ts';
import { fileNameOf } from '../../../src/domain/text/index.ts';

describe('download file names', () => {
  test('are plain ASCII words without the « F/H » mark', () => {
    expect(fileNameOf(['Fiche de poste', 'Animateur·rice (F/H) de communauté'], 'pdf')).toBe(
      'fiche-de-poste-animateur-rice-de-communaute.pdf',
    );
    expect(fileNameOf(['', '   '], 'pdf')).toBe('document.pdf');
  });

  test('say which document and which day', () => {
    const day = new Date('2026-11-30T10:00:00Z');
    expect(assessmentPdfFileName('fr', day)).toBe('auto-evaluation-2026-11-30.pdf');
    expect(assessmentPdfFileName('en', day)).toBe('self-assessment-2026-11-30.pdf');
    // The sourcing summary is named after the company (issue 14), then the document and the day.
    expect(sourcingPdfFileName('Boulangerie Émile', '2026-11-30', 'fr')).toBe(
      'boulangerie-emile-aide-au-choix-2026-11-30.pdf',
    );
    expect(sourcingPdfFileName('', '2026-11-30', 'en')).toBe('sourcing-2026-11-30.pdf');
    expect(jobDescriptionFileName({ title: 'Community manager (H/F)', locale: 'en' })).toBe(
      'job-description-community-manager.pdf',
    );
  });
});
