import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { InvitationAnswer } from '../../../src/domain/campaign/api-answers.ts';
import { campaignCandidate } from '../../../src/i18n/fr/campaign-candidate.ts';
import { areaMessages } from '../../../src/i18n/index.ts';
import FitTable from '../../../src/islands/campaign/candidate/FitTable.tsx';
import InvitationNotice from '../../../src/islands/campaign/candidate/InvitationNotice.tsx';
import ShareForm from '../../../src/islands/campaign/candidate/ShareForm.tsx';

const messages = areaMessages('fr', campaignCandidate);

const period = (months: number) => ({
  months,
  defaultMonths: months,
  maxMonths: months,
  from: 'à compter de la décision.',
  source: { name: 'CNIL, Guide du recrutement', year: 2023 },
});

const INVITATION = {
  campaign: {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    title: 'Animateur·rice de communauté',
    organisation: 'Maison Lumière',
    locale: 'fr',
    jurisdiction: 'fr',
    createdAt: '2026-11-30T10:00:00.000Z',
    closedAt: null,
    endsOn: '2026-12-31',
    endsAt: '2026-12-31T23:59:59.999Z',
  },
  purpose: 'recruitment',
  model: [],
  kept: ['levels', 'name'],
  retention: { notHired: period(3), talentPool: period(24) },
  rights: ['access', 'rectification', 'erasure', 'withdraw', 'objection', 'complaint'],
  questionnaireVersion: '2026-11',
  consentVersions: { share: 'share-2026-11', talentPool: 'talent-pool-2026-11' },
  open: true,
} satisfies InvitationAnswer;

/** The markup without the French no-break spaces, for readable expectations. */
const render = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element).replace(/[\u00a0\u202f]/g, ' ');

describe('ShareForm', () => {
  const html = render(
    createElement(ShareForm, {
      id: 'AAAAAAAAAAAAAAAAAAAAAA',
      token: 'token',
      invitation: INVITATION,
      submission: {} as never,
      locale: 'fr',
      messages,
      onShared: () => undefined,
    }),
  );

  test('both consents start unticked, each with its own wording and version', () => {
    const boxes = html.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box).not.toMatch(/checked/);
    expect(html).toContain('J’accepte de partager mon résultat');
    expect(html).toContain('Texte de l’accord, version share-2026-11.');
    expect(html).toContain('Texte de l’accord, version talent-pool-2026-11.');
    expect(html).toContain('au plus 24 mois après mon dernier contact');
  });

  test('name and e-mail are optional fields, nothing required', () => {
    expect(html).toContain('Vous présenter (facultatif)');
    expect(html).not.toMatch(/required/);
  });
});

describe('InvitationNotice', () => {
  const html = render(
    createElement(InvitationNotice, { invitation: INVITATION, locale: 'fr', messages }),
  );

  test('says who asks, what is kept, for how long, and lists the rights the API gives', () => {
    expect(html).toContain('Maison Lumière recrute pour le poste « Animateur·rice de communauté »');
    expect(html).toContain('3 mois à compter de la décision.');
    expect(html).toContain('24 mois à compter de la décision.');
    expect(html).toContain('CNIL, Guide du recrutement (2023)');
    expect(html.match(/<li>/g)).toHaveLength(2 + 2 + 6);
    expect(html).toContain('Effacement : « Retirer mon partage »');
    expect(html).toContain('jusqu’au 31 décembre 2026');
  });
});

describe('FitTable', () => {
  test('writes each level as text, with the levels missing, and « not measured » when absent', () => {
    const html = render(
      createElement(FitTable, {
        rows: [
          { skill: 'empathy', label: 'Empathie', required: 3, level: 1, shortBy: 2 },
          { skill: 'reporting', label: 'Reporting', required: 2, level: null, shortBy: 0 },
        ],
        locale: 'fr',
        messages,
      }),
    );
    expect(html).toContain('1 / 4 · <strong>2 niveaux en dessous</strong>');
    expect(html).toContain('non mesuré');
    expect(html).toContain('Le recruteur voit ce même tableau si vous partagez.');
  });
});
