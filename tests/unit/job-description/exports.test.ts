import { describe, expect, test } from 'vitest';
import { buildJobPosting, serializeJsonLd } from '../../../src/domain/job-description/json-ld.ts';
import { presentJobDescription } from '../../../src/domain/job-description/present.ts';
import { exportJobDescriptionText } from '../../../src/domain/job-description/text-export.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

const options = { datePosted: '2026-11-22', identifier: 'abc123', url: 'https://example.org/x/' };

describe('buildJobPosting', () => {
  test('has every property Google requires, and the recommended ones the draft has', () => {
    const jd = cleanJobDescription({ validThrough: '2026-12-31', startDate: '2027-01-04' });
    const posting = buildJobPosting(jd, presentJobDescription(jd, catalog), options);
    expect(posting).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: jd.title,
      datePosted: '2026-11-22',
      hiringOrganization: { '@type': 'Organization', name: 'Maison Lumière' },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Lyon',
          postalCode: '69002',
          addressCountry: 'FR',
        },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: {
          '@type': 'QuantitativeValue',
          minValue: jd.salary.min,
          maxValue: jd.salary.max,
          unitText: 'YEAR',
        },
      },
      employmentType: 'FULL_TIME',
      validThrough: '2026-12-31T23:59:59',
      jobStartDate: '2027-01-04',
      directApply: false,
      identifier: { '@type': 'PropertyValue', value: 'abc123' },
    });
    expect(posting['description']).toContain('<h2>Missions</h2>');
    expect(posting['description']).not.toBe(jd.title);
    expect(posting).not.toHaveProperty('jobLocationType');
  });

  test('directApply is true only when the page itself takes applications', () => {
    const jd = cleanJobDescription();
    const view = presentJobDescription(jd, catalog);
    // An e-mail address or an external link: one applies elsewhere, not on the posting's page.
    expect(jd.howToApply.email).toBeTruthy();
    expect(buildJobPosting(jd, view, options)['directApply']).toBe(false);
    expect(buildJobPosting(jd, view, { ...options, applyOnPage: true })['directApply']).toBe(true);
  });

  test('a fully remote job uses TELECOMMUTE and a country requirement instead of a place', () => {
    const base = cleanJobDescription();
    const jd = { ...base, location: { ...base.location, remote: 'full-remote' as const } };
    const posting = buildJobPosting(jd, presentJobDescription(jd, catalog), options);
    expect(posting['jobLocationType']).toBe('TELECOMMUTE');
    expect(posting['applicantLocationRequirements']).toEqual({ '@type': 'Country', name: 'FR' });
    expect(posting).not.toHaveProperty('jobLocation');
  });

  test('leaves out the salary when there is none, and maps contracts to employment types', () => {
    const base = cleanJobDescription();
    const jd = {
      ...base,
      salary: { currency: 'EUR' as const, period: 'YEAR' as const },
      contract: {
        type: 'internship' as const,
        workingTime: 'full-time' as const,
        durationMonths: 6,
      },
    };
    const posting = buildJobPosting(jd, presentJobDescription(jd, catalog), options);
    expect(posting).not.toHaveProperty('baseSalary');
    expect(posting['employmentType']).toBe('INTERN');
  });
});

describe('serializeJsonLd', () => {
  test('cannot close the script element, and parses back to the same data', () => {
    const data = { name: 'Acme</script><script>alert(1)</script> & co', line: 'a\u2028b' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('exportJobDescriptionText', () => {
  const jd = cleanJobDescription();
  const view = presentJobDescription(jd, catalog);

  test('Markdown has the title, one heading per section and the missions as a list', () => {
    const markdown = exportJobDescriptionText(view, 'markdown');
    expect(markdown.startsWith(`# ${jd.title.replace(/[()]/g, (c) => c)}`)).toBe(true);
    for (const section of view.sections) expect(markdown).toContain(`## ${section.heading}`);
    expect(markdown).toContain(`- ${jd.missions[0]?.label}`);
    expect(markdown).toContain('**Lignes rouges**');
  });

  test('plain text underlines headings, uses bullets and French spacing before colons', () => {
    const text = exportJobDescriptionText(view, 'text');
    expect(text).toContain(`Missions\n--------`);
    expect(text).toContain(`• ${jd.missions[0]?.label}\u00a0:`);
    expect(text).toContain('Contrat\u00a0: CDI');
    expect(text).not.toContain('**');
  });

  test('leaves out unticked missions', () => {
    const first = jd.missions[0];
    if (!first) throw new Error('no mission');
    const missions = jd.missions.map((m, i) => (i === 0 ? { ...m, enabled: false } : m));
    const text = exportJobDescriptionText(
      presentJobDescription({ ...jd, missions }, catalog),
      'text',
    );
    expect(text).not.toContain(first.label);
  });
});
