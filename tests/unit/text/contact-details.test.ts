import { describe, expect, test } from 'vitest';
import { findContactDetails } from '../../../src/domain/text/contact-details.ts';

/**
 * A labelled corpus of what people type in a « sector » field: contact details to refuse, and
 * ordinary answers (with numbers, years, amounts, symbols) to accept. The figures are printed.
 */
const CONTACT: [string, 'email' | 'phone'][] = [
  ['jean.dupont@gmail.com', 'email'],
  ['Tourisme - contact : marie_l@agence-voyage.fr', 'email'],
  ['jean (at) exemple (dot) fr', 'email'],
  ['paul[at]mairie-lyon.fr', 'email'],
  ['sophie arobase orange.fr', 'email'],
  ['Écrivez-moi : élodie@société.fr', 'email'],
  ['jean@exemple . com', 'email'],
  ['06 12 34 56 78', 'phone'],
  ['0612345678', 'phone'],
  ['06.12.34.56.78', 'phone'],
  ['06-12-34-56-78', 'phone'],
  ['+33 6 12 34 56 78', 'phone'],
  ['+33 (0)6 12 34 56 78', 'phone'],
  ['0033 6 12 34 56 78', 'phone'],
  ['(514) 555-1234', 'phone'],
  ['514 555 1234', 'phone'],
  ['+1 514-555-1234', 'phone'],
  ['Retail, appelez le 01 23 45 67 89', 'phone'],
  ['+32 470 12 34 56', 'phone'],
  ['+41 79 123 45 67', 'phone'],
];

const ORDINARY = [
  'Tourisme',
  'Jeux vidéo',
  'Collectivité territoriale',
  'Retail / e-commerce',
  'Banque & assurance',
  'Santé (hôpital public)',
  'Industrie 4.0',
  'Agence de 50 personnes',
  'Depuis 2019',
  '2019-2024 dans le luxe',
  'Budget 35 000 €',
  'Associations loi 1901',
  'ESN, 250 salariés',
  'Lyon 69002',
  'Web3 / crypto',
  'B2B SaaS, CA 12 M€',
  'Médias @ Paris',
  'Sport (Ligue 1)',
  'Cosmétique, 3 marques, 12 pays',
  'Administration — ministère',
  'Enseignement supérieur (2 campus)',
  'Télécoms 5G',
  'Hôtellerie 4*',
  'PME de 10 à 49 salariés',
];

describe('findContactDetails', () => {
  test.each(CONTACT)('finds the contact detail in %j', (text, kind) => {
    expect(findContactDetails(text)).toBe(kind);
  });

  test.each(ORDINARY)('accepts the ordinary answer %j', (text) => {
    expect(findContactDetails(text)).toBeUndefined();
  });

  test('prints its figures on the corpus', () => {
    const found = CONTACT.filter(([text]) => findContactDetails(text) !== undefined).length;
    const falseAlarms = ORDINARY.filter((text) => findContactDetails(text) !== undefined).length;
    process.stdout.write(
      `contact details: ${found}/${CONTACT.length} found, ${falseAlarms}/${ORDINARY.length} false alarms\n`,
    );
    expect(found).toBe(CONTACT.length);
    expect(falseAlarms).toBe(0);
  });
});
