import type { ContractType } from '../content/role.ts';
import type { JobDescription } from './draft.ts';
import type { JobDescriptionView, ViewItem } from './present.ts';

/**
 * schema.org `JobPosting` for Google's job search: every property Google requires (title,
 * description, datePosted, hiringOrganization, jobLocation — or, for a fully remote job,
 * applicantLocationRequirements with jobLocationType TELECOMMUTE) and the recommended ones the
 * job description has (baseSalary, employmentType, validThrough, identifier), and `directApply`
 * only when the page takes applications itself.
 */

/** What the job description alone does not know. */
export interface JobPostingOptions {
  /** ISO 8601 date the posting went up (the saved record's creation date). */
  datePosted: string;
  /** Public address of the posting's page. */
  url?: string;
  /** The saved description's id, as the posting's identifier. */
  identifier?: string;
  /**
   * True only when the page at `url` itself takes applications (a form on the page). Google's
   * `directApply` means "apply on this page"; an e-mail address or a link to an applicant tracking
   * system elsewhere is not that, so the saved pages of this product say `false`.
   */
  applyOnPage?: boolean;
}

/** Occupation code of community management in France Travail's ROME. */
export const ROME_OCCUPATION = 'E1101 Animation de site multimédia';

const EMPLOYMENT_TYPES: Record<ContractType, string[]> = {
  cdi: [],
  cdd: ['TEMPORARY'],
  freelance: ['CONTRACTOR'],
  apprenticeship: ['OTHER'],
  internship: ['INTERN'],
};

/** Google's employmentType values for the contract and working time. */
export function employmentTypesOf(contract: JobDescription['contract']): string[] {
  const time = contract.workingTime === 'part-time' ? 'PART_TIME' : 'FULL_TIME';
  const extra = EMPLOYMENT_TYPES[contract.type];
  return contract.type === 'freelance' || contract.type === 'internship' ? extra : [time, ...extra];
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function itemHtml(item: ViewItem): string {
  switch (item.type) {
    case 'paragraph':
      return `<p>${escapeHtml(item.text)}</p>`;
    case 'list': {
      const title = item.title ? `<p><strong>${escapeHtml(item.title)}</strong></p>` : '';
      return `${title}<ul>${item.items.map((entry) => `<li>${escapeHtml(entry)}</li>`).join('')}</ul>`;
    }
    case 'facts':
      return `<ul>${item.rows
        .map((row) => `<li><strong>${escapeHtml(row.label)}</strong> ${escapeHtml(row.value)}</li>`)
        .join('')}</ul>`;
    case 'levels':
      return `<ul>${item.rows
        .map(
          (row) =>
            `<li><strong>${escapeHtml(row.label)}</strong> (${escapeHtml(row.levelText)}) ${escapeHtml(row.descriptor)}</li>`,
        )
        .join('')}</ul>`;
  }
}

/** The view as the HTML `description` Google expects. */
export function viewToHtml(view: JobDescriptionView): string {
  return view.sections
    .map(
      (section) => `<h2>${escapeHtml(section.heading)}</h2>${section.items.map(itemHtml).join('')}`,
    )
    .join('');
}

/** Builds the JobPosting object for `jd`, described by `view`. */
export function buildJobPosting(
  jd: JobDescription,
  view: JobDescriptionView,
  options: JobPostingOptions,
): Record<string, unknown> {
  const { city, postalCode, region, country, remote } = jd.location;
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: jd.title,
    description: viewToHtml(view),
    datePosted: options.datePosted,
    hiringOrganization: {
      '@type': 'Organization',
      name: jd.company.name,
      ...(jd.company.website ? { sameAs: jd.company.website } : {}),
    },
  };
  if (remote === 'full-remote') {
    posting['jobLocationType'] = 'TELECOMMUTE';
    posting['applicantLocationRequirements'] = { '@type': 'Country', name: country };
  } else {
    posting['jobLocation'] = {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(city.trim() ? { addressLocality: city.trim() } : {}),
        ...(postalCode ? { postalCode } : {}),
        ...(region ? { addressRegion: region } : {}),
        addressCountry: country,
      },
    };
  }
  const types = employmentTypesOf(jd.contract);
  if (types.length > 0) posting['employmentType'] = types.length === 1 ? types[0] : types;
  const { min, max, currency, period } = jd.salary;
  if (min !== undefined || max !== undefined) {
    const value =
      min !== undefined && max !== undefined
        ? { minValue: min, maxValue: max }
        : { value: min ?? max };
    posting['baseSalary'] = {
      '@type': 'MonetaryAmount',
      currency,
      value: { '@type': 'QuantitativeValue', ...value, unitText: period },
    };
  }
  if (jd.validThrough) posting['validThrough'] = `${jd.validThrough}T23:59:59`;
  if (jd.startDate) posting['jobStartDate'] = jd.startDate;
  posting['directApply'] = options.applyOnPage === true;
  if (jd.company.sector) posting['industry'] = jd.company.sector;
  posting['occupationalCategory'] = ROME_OCCUPATION;
  const skills = view.sections
    .find((section) => section.id === 'competencies')
    ?.items.flatMap((item) => (item.type === 'levels' ? item.rows.map((row) => row.label) : []));
  if (skills && skills.length > 0) posting['skills'] = skills.join(', ');
  const missions = jd.missions.filter((mission) => mission.enabled).map((m) => m.label);
  if (missions.length > 0) posting['responsibilities'] = missions.join('; ');
  if (options.identifier) {
    posting['identifier'] = {
      '@type': 'PropertyValue',
      name: jd.company.name,
      value: options.identifier,
    };
  }
  if (options.url) posting['url'] = options.url;
  return posting;
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>`, `&` and the two JavaScript
 * line separators are escaped, so a value containing `</script>` cannot close the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
