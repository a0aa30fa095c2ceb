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
    expect(
      sourcingPdfFileName(
        {
          locale: 'fr',
          recommendation: 'freelance',
          options: [{ id: 'freelance', name: 'Indépendant·e' }],
        },
        day,
      ),
    ).toBe('synthese-sourcing-independant-e-2026-11-30.pdf');
    expect(jobDescriptionFileName({ title: 'Community manager (H/F)', locale: 'en' })).toBe(
      'job-description-community-manager.pdf',
    );
  });
});
