import type { LocationDraft } from './draft.ts';
import { foldWord } from './text-tokens.ts';

/**
 * The law that applies to a job follows its place, not the interface's language: France, Québec,
 * elsewhere in Canada, or elsewhere (where the product has no rules and says so). The place is read
 * from the region, the postal code, the city and the country, most specific first: « Montréal »
 * alone is Québec even when the country was left at the form's default.
 */
export type Jurisdiction = 'FR' | 'QC' | 'CA' | 'OTHER';

/** Québec's main towns (folded), enough to recognise a job typed as a city alone. */
const QUEBEC_CITIES = new Set(
  [
    'montreal',
    'quebec',
    'laval',
    'gatineau',
    'longueuil',
    'sherbrooke',
    'saguenay',
    'chicoutimi',
    'levis',
    'trois-rivieres',
    'terrebonne',
    'saint-jean-sur-richelieu',
    'repentigny',
    'brossard',
    'drummondville',
    'saint-jerome',
    'granby',
    'blainville',
    'saint-hyacinthe',
    'shawinigan',
    'dollard-des-ormeaux',
    'rimouski',
    'victoriaville',
    'mirabel',
    'joliette',
    'rouyn-noranda',
    'boucherville',
    "val-d'or",
    'sept-iles',
    'alma',
    'mascouche',
    'chateauguay',
    'magog',
    'baie-comeau',
    'thetford mines',
    'westmount',
    'mont-royal',
    'pointe-claire',
    'boisbriand',
    'vaudreuil-dorion',
  ].map(foldWord),
);

const QUEBEC_REGIONS = new Set(['qc', 'quebec', 'que', 'pq', 'province de quebec']);
const CANADIAN_REGIONS = new Set(
  'on ontario bc british columbia colombie-britannique ab alberta mb manitoba sk saskatchewan ns nova scotia nouvelle-ecosse nb new brunswick nouveau-brunswick nl newfoundland terre-neuve pe prince edward island ile-du-prince-edouard yt yukon nt nu nunavut'.split(
    ' ',
  ),
);

/** A Canadian postal code: letter digit letter, space optional, digit letter digit. */
const CANADIAN_POSTAL = /^([a-z])\d[a-z] ?\d[a-z]\d$/;
/** A French postal code: five digits. */
const FRENCH_POSTAL = /^\d{5}$/;

/** Normalises a place name: folded, spaces around hyphens removed, « St- » written out. */
function place(value: string | undefined): string {
  return foldWord(value ?? '')
    .replace(/[’']/g, "'")
    .replace(/\s*-\s*/g, '-')
    .replace(/^st-/, 'saint-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The jurisdiction of the job's place. */
export function resolveJurisdiction(
  location: Pick<LocationDraft, 'city' | 'region' | 'postalCode' | 'country'>,
): Jurisdiction {
  const region = place(location.region);
  const postal = place(location.postalCode).toLowerCase();
  const city = place(location.city);
  const canadianPostal = CANADIAN_POSTAL.exec(postal);
  if (QUEBEC_REGIONS.has(region)) return 'QC';
  if (canadianPostal) return 'GHJ'.includes((canadianPostal[1] ?? '').toUpperCase()) ? 'QC' : 'CA';
  if (CANADIAN_REGIONS.has(region)) return 'CA';
  if (FRENCH_POSTAL.test(postal) && location.country === 'FR') return 'FR';
  // A Québec town: « Montréal » with the country left at FR by default is still Québec, unless a
  // French postal code says otherwise (there are small Montréals in France).
  if (QUEBEC_CITIES.has(city) && !FRENCH_POSTAL.test(postal)) {
    if (location.country === 'CA' || location.country === 'FR') return 'QC';
  }
  if (location.country === 'FR') return 'FR';
  if (location.country === 'CA') return 'CA';
  return 'OTHER';
}

/** True for a job in Québec. */
export function isQuebecPlace(
  location: Pick<LocationDraft, 'city' | 'region' | 'postalCode' | 'country'>,
): boolean {
  return resolveJurisdiction(location) === 'QC';
}
