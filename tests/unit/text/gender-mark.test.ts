import { describe, expect, test } from 'vitest';
import { hasGenderMark, withoutGenderMark } from '../../../src/domain/text/index.ts';

describe('the « F/H » mark', () => {
  test.each([
    'Gestionnaire de communauté (F/H)',
    'Community manager H/F',
    'Community manager (M/F)',
    'Animateur / Animatrice (f / h / x)',
    'H/F - Community manager',
  ])('is found in %j', (title) => {
    expect(hasGenderMark(title)).toBe(true);
  });

  test.each([
    'Community manager',
    'Chargé·e de communication and/or presse',
    'Voir https://ex.fr/h/f',
    'Animateur (junior)',
  ])('is not found in %j', (title) => {
    expect(hasGenderMark(title)).toBe(false);
  });

  test.each([
    ['Gestionnaire de communauté (F/H)', 'Gestionnaire de communauté'],
    ['Community manager H/F junior', 'Community manager junior'],
    ['(H / F) Animateur', 'Animateur'],
  ])('is taken out of %j', (title, plain) => {
    expect(withoutGenderMark(title)).toBe(plain);
  });
});
