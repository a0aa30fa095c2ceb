import { loadCatalog } from '../../helpers/load-catalog.ts';
import { composeJobDescription } from '../../../src/domain/job-description/compose.ts';
import type {
  JobDescription,
  JobDescriptionDraft,
} from '../../../src/domain/job-description/draft.ts';

/** The catalogue from `content/`, read once for all job-description tests. */
export const catalog = loadCatalog();

/**
 * A French animator posting that passes every check: the template plus what only the company can
 * say (objective, place, how to apply, presentation).
 */
export function cleanJobDescription(overrides: Partial<JobDescriptionDraft> = {}): JobDescription {
  return composeJobDescription(
    {
      role: 'animator',
      locale: 'fr',
      company: {
        name: 'Maison Lumière',
        sector: 'Distribution de luminaires',
        presentation:
          'Maison Lumière dessine et vend des luminaires fabriqués en France, en boutique et en ligne.',
      },
      objective:
        'Faire de notre espace d’entraide un lieu où chaque question reçoit une réponse en moins de 24 heures ouvrées.',
      location: {
        city: 'Lyon',
        postalCode: '69002',
        country: 'FR',
        remote: 'hybrid',
        remoteDaysPerWeek: 2,
      },
      howToApply: {
        instructions: 'Envoyez un CV et quelques lignes sur une communauté que vous aimez.',
        email: 'recrutement@maison-lumiere.example',
      },
      ...overrides,
    },
    catalog,
  );
}
