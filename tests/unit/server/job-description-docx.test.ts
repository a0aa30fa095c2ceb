import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { presentJobDescription } from '../../../src/domain/job-description/present.ts';
import { renderJobDescriptionDocx } from '../../../src/server/job-description/docx.ts';
import { catalog, cleanJobDescription } from '../job-description/fixtures.ts';
import { hasTool, writeTempPdf } from '../pdf/pdf-fixtures.ts';

/** The main XML part of a .docx file. */
function documentXml(bytes: Uint8Array): string {
  const file = writeTempPdf(bytes, 'fiche.docx');
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
}

describe.skipIf(!hasTool('unzip'))('renderJobDescriptionDocx (needs unzip)', () => {
  test('writes every section of the view, headings kept with what follows', async () => {
    const jd = cleanJobDescription({
      salary: { min: 30000, max: 36000, currency: 'EUR', period: 'YEAR' },
    });
    const view = presentJobDescription(jd, catalog);
    const bytes = await renderJobDescriptionDocx(view, jd.company.name);
    expect(new TextDecoder().decode(bytes.slice(0, 2))).toBe('PK');
    const xml = documentXml(bytes);
    expect(xml).toContain(jd.title.replace('&', '&amp;'));
    for (const section of view.sections) {
      const heading = new RegExp(
        `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:keepNext/>.*?${section.heading.replace(/[’()]/g, '.')}`,
      );
      expect(xml).toMatch(heading);
    }
    // The salary, written with French spacing, and the competency table with its descriptors.
    expect(xml).toMatch(/30\u202f000\u00a0€/);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('w:cantSplit');
  });

  test('declares the posting’s language for Word’s spelling checker', async () => {
    const jd = cleanJobDescription({ locale: 'en' });
    const bytes = await renderJobDescriptionDocx(presentJobDescription(jd, catalog), 'Acme');
    const styles = execFileSync('unzip', ['-p', writeTempPdf(bytes, 'x.docx'), 'word/styles.xml'], {
      encoding: 'utf8',
    });
    expect(styles).toContain('w:val="en-GB"');
  });
});
