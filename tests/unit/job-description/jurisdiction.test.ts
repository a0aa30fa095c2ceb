import { describe, expect, test } from 'vitest';
import { resolveJurisdiction } from '../../../src/domain/job-description/jurisdiction.ts';

describe('resolveJurisdiction', () => {
  test.each([
    [{ city: 'Lyon', country: 'FR' }, 'FR'],
    [{ city: 'Paris', postalCode: '75011', country: 'FR' }, 'FR'],
    [{ city: 'Montréal', country: 'CA' }, 'QC'],
    [{ city: 'Montreal', country: 'CA' }, 'QC'],
    [{ city: 'Montréal', country: 'FR' }, 'QC'],
    [{ city: 'Montréal', postalCode: '11290', country: 'FR' }, 'FR'],
    [{ city: 'Gatineau', region: 'Québec', country: 'CA' }, 'QC'],
    [{ city: '', region: 'qc', country: 'CA' }, 'QC'],
    [{ city: 'Ville', postalCode: 'H2X 1Y4', country: 'CA' }, 'QC'],
    [{ city: 'St-Jérôme', country: 'CA' }, 'QC'],
    [{ city: 'Toronto', region: 'ON', country: 'CA' }, 'CA'],
    [{ city: 'Ottawa', postalCode: 'K1A 0B1', country: 'CA' }, 'CA'],
    [{ city: 'Calgary', country: 'CA' }, 'CA'],
    [{ city: 'London', country: 'GB' }, 'OTHER'],
    [{ city: 'Bruxelles', country: 'BE' }, 'OTHER'],
  ] as const)('%o → %s', (location, expected) => {
    expect(resolveJurisdiction(location)).toBe(expected);
  });
});
