import { describe, expect, test } from 'vitest';
import {
  createTranslator,
  formatMessage,
  NBSP,
  typesetDeep,
} from '../../../src/domain/text/index.ts';

const ERRORS = '{count, plural, =0 {aucune erreur} one {# erreur} other {# erreurs}}';
const MONTHS = '{n, plural, one {# month} other {# months}}';

describe('formatMessage', () => {
  test('fills named placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} et {b}', { a: 'un', b: 2 }, 'fr')).toBe('un et 2');
    expect(formatMessage('Bonjour {name}', {}, 'fr')).toBe('Bonjour {name}');
  });

  test('keeps a number given as a plain value unformatted (a year stays 2026)', () => {
    expect(formatMessage('en {year}', { year: 2026 }, 'fr')).toBe('en 2026');
  });

  test.each([
    [0, 'aucune erreur'],
    [1, '1 erreur'],
    [2, '2 erreurs'],
    [1.5, '1,5 erreur'],
  ])('French plural of %d errors', (count, expected) => {
    expect(formatMessage(ERRORS, { count }, 'fr')).toBe(expected);
  });

  test.each([
    [0, '0 months'],
    [1, '1 month'],
    [12, '12 months'],
    [1.5, '1.5 months'],
  ])('English plural of %d months', (n, expected) => {
    expect(formatMessage(MONTHS, { n }, 'en')).toBe(expected);
  });

  test('formats the count for the locale and fills placeholders inside a branch', () => {
    expect(
      formatMessage(
        '{n, plural, one {# fiche de {who}} other {# fiches de {who}}}',
        { n: 12000, who: 'Léa' },
        'fr',
      ),
    ).toBe('12\u202f000 fiches de Léa');
  });

  test('leaves a plural formatted without a locale visible', () => {
    expect(formatMessage(ERRORS, { count: 2 })).toBe(ERRORS);
    expect(formatMessage('{a}', { a: 1 })).toBe('1');
  });

  test('leaves a plural without a numeric value visible', () => {
    expect(formatMessage(ERRORS, { count: 'x' }, 'fr')).toBe(ERRORS);
    expect(formatMessage(ERRORS, {}, 'fr')).toBe(ERRORS);
  });

  test('keeps text around several placeholders', () => {
    expect(
      formatMessage(
        `${ERRORS}, {w, plural, one {# avertissement} other {# avertissements}}.`,
        { count: 1, w: 3 },
        'fr',
      ),
    ).toBe('1 erreur, 3 avertissements.');
  });
});

describe('createTranslator', () => {
  const fr = createTranslator('fr', {
    'x.summary': "{count, plural, one {# point} other {# points}} à vérifier : c'est tout",
    'x.hello': 'Bonjour {name}',
  });
  const en = createTranslator('en', { 'x.summary': 'Note: {count} left' });

  test('typesets French messages and fills values', () => {
    expect(fr('x.summary', { count: 2 })).toBe(`2 points à vérifier${NBSP}: c’est tout`);
  });

  test('never rewrites a value given by the user', () => {
    expect(fr('x.hello', { name: "O'Neil : test!" })).toBe("Bonjour O'Neil : test!");
  });

  test('leaves English untouched', () => {
    expect(en('x.summary', { count: 1 })).toBe('Note: 1 left');
  });

  test('returns the key of a missing message', () => {
    expect(fr('x.missing')).toBe('x.missing');
  });
});

describe('typesetDeep', () => {
  test('typesets every string of a French structure and keeps its shape', () => {
    const labels = {
      title: 'Pour postuler : écrivez',
      list: ["l'équipe", 3],
      nested: { q: 'Quoi ?' },
    };
    expect(typesetDeep('fr', labels)).toEqual({
      title: `Pour postuler${NBSP}: écrivez`,
      list: ['l’équipe', 3],
      nested: { q: 'Quoi\u202f?' },
    });
    expect(typesetDeep('en', labels)).toBe(labels);
  });
});
