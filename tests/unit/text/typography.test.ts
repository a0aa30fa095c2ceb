import { describe, expect, test } from 'vitest';
import { NBSP, NNBSP, typesetFrench, typesetMarkdownText } from '../../../src/domain/text/index.ts';

describe('typesetFrench', () => {
  test.each([
    ['Objectif : recruter', `Objectif${NBSP}: recruter`],
    ['Objectif: recruter', `Objectif${NBSP}: recruter`],
    ['Vraiment ?', `Vraiment${NNBSP}?`],
    ['Vraiment?', `Vraiment${NNBSP}?`],
    ['Bravo !', `Bravo${NNBSP}!`],
    ['un ; deux', `un${NNBSP}; deux`],
    ['Quoi ?!', `Quoi${NNBSP}?!`],
    ['« Bonjour »', `«${NBSP}Bonjour${NBSP}»`],
    ['«Bonjour»', `«${NBSP}Bonjour${NBSP}»`],
    ['« Bonjour ! »', `«${NBSP}Bonjour${NNBSP}!${NBSP}»`],
    ["l'équipe d'aujourd'hui", 'l’équipe d’aujourd’hui'],
    ['Profil (facultatif) :', `Profil (facultatif)${NBSP}:`],
    ['{count} champ(s) à corriger :', `{count} champ(s) à corriger${NBSP}:`],
  ])('typesets %j', (input, expected) => {
    expect(typesetFrench(input)).toBe(expected);
  });

  test.each([
    ['a time', 'Rendez-vous à 10:30 demain'],
    ['a web address with a query', 'Voir https://example.org/a?b=1&c=2 ou www.example.fr/x?y'],
    ['an address ending a sentence', 'Site web (https://…)'],
    ['inline code', 'Tapez `a:b; c!` puis validez'],
    ['an HTML tag', "<a href='https://x.fr/?a=1'>lien</a>"],
    ['an e-mail address', 'Écrivez à rh@example.fr'],
    ['an entity', 'R&amp;D'],
    ['a ratio', 'Format 16:9'],
  ])('leaves %s alone', (_, text) => {
    expect(typesetFrench(text)).toBe(text);
  });

  test('typesets the prose around a protected address', () => {
    expect(typesetFrench("Lien : https://ex.fr/?q=1 ! C'est tout")).toBe(
      `Lien${NBSP}: https://ex.fr/?q=1${NNBSP}! C’est tout`,
    );
  });

  test('is idempotent', () => {
    const once = typesetFrench("« L'offre » : vraiment ? Oui ; et non !");
    expect(typesetFrench(once)).toBe(once);
  });

  test('replaces a wrong space before a mark by the right one', () => {
    expect(typesetFrench(`Note${NNBSP}: oui${NBSP}?`)).toBe(`Note${NBSP}: oui${NNBSP}?`);
  });
});

describe('typesetMarkdownText', () => {
  test('typesets a mark right after an inline element', () => {
    expect(typesetMarkdownText(' : la suite')).toBe(`${NBSP}: la suite`);
  });

  test('typesets a node like any text', () => {
    expect(typesetMarkdownText('Pourquoi ?')).toBe(`Pourquoi${NNBSP}?`);
  });
});
