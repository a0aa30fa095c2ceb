import { describe, expect, test } from 'vitest';
import {
  isPublicPage,
  robotsTxt,
  savedAssessmentPath,
  savedJobDescriptionPath,
} from '../../../src/i18n/routes.ts';

describe('the list of public pages', () => {
  test.each(['/', '/en/', '/roles/manager/', '/en/skills', '/method/'])('%s is public', (path) => {
    expect(isPublicPage(path)).toBe(true);
  });

  test.each([
    '/api/health',
    '/job-descriptions/abc/',
    '/en/job-descriptions/abc/',
    '/assessments/abc/',
    '/en/assessments/abc',
    '/404/',
    '/en/500/',
  ])('%s is not', (path) => {
    expect(isPublicPage(path)).toBe(false);
  });

  test('robots.txt keeps robots out of exactly the private sections', () => {
    const body = robotsTxt('https://tdu.example/sitemap-index.xml');
    const disallowed = [...body.matchAll(/^Disallow: (.+)$/gm)].map((m) => m[1] as string);
    for (const path of disallowed) expect(isPublicPage(`${path}x/`)).toBe(false);
    expect(disallowed).toEqual(
      expect.arrayContaining(['/api/', '/job-descriptions/', '/en/assessments/']),
    );
    expect(body).toContain('Sitemap: https://tdu.example/sitemap-index.xml');
  });

  test('saved items live in the private sections of their locale', () => {
    expect(savedJobDescriptionPath('a1', 'fr')).toBe('/job-descriptions/a1/');
    expect(savedAssessmentPath('a1', 'en')).toBe('/en/assessments/a1/');
    expect(isPublicPage(savedAssessmentPath('a1', 'en'))).toBe(false);
  });
});
