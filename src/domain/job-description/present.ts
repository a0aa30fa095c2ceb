import type { Catalog } from '../content/catalog.ts';
import type { JobDescription, SalaryDraft } from './draft.ts';
import { documentLabels, type DocumentLabels } from './labels.ts';
import { formatDate, formatMoney } from '../text/index.ts';

/**
 * The job description as a reader sees it: ordered sections of paragraphs, lists, facts and
 * required levels, in the posting's language. The preview, the saved page, the text export, the
 * PDF and the JobPosting description all render this one view, so they cannot disagree.
 */

/** One piece of a section. */
export type ViewItem =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; title?: string; items: string[] }
  | { type: 'facts'; rows: { label: string; value: string }[] }
  | {
      type: 'levels';
      /** Competencies or tools: the column heading differs. */
      kind: 'competency' | 'tool';
      rows: {
        label: string;
        level: number;
        levelText: string;
        descriptor: string;
        note?: string;
      }[];
    };

/** Ids of the sections, in reading order. */
export type SectionId = keyof DocumentLabels['sections'];

/** A section with its heading. */
export interface ViewSection {
  id: SectionId;
  heading: string;
  items: ViewItem[];
}

/** The whole reader's view. */
export interface JobDescriptionView {
  locale: JobDescription['locale'];
  title: string;
  /** Company, place and contract on one line. */
  subtitle: string;
  sections: ViewSection[];
}

/** « 38 000 € – 50 000 € brut par an », or one bound, or undefined without amounts. */
export function formatSalary(
  salary: SalaryDraft,
  locale: JobDescription['locale'],
): string | undefined {
  const labels = documentLabels(locale);
  const amount = (value: number) => formatMoney(value, salary.currency, locale);
  const period = `${labels.gross} ${labels.periods[salary.period]}`;
  if (salary.min !== undefined && salary.max !== undefined) {
    return salary.min === salary.max
      ? `${amount(salary.min)} ${period}`
      : `${amount(salary.min)} – ${amount(salary.max)} ${period}`;
  }
  if (salary.min !== undefined) return `${labels.salaryFrom} ${amount(salary.min)} ${period}`;
  if (salary.max !== undefined) return `${labels.salaryUpTo} ${amount(salary.max)} ${period}`;
  return undefined;
}

/** Keeps non-empty strings. */
const filled = (items: readonly string[]) => items.map((item) => item.trim()).filter(Boolean);

function placeOf(jd: JobDescription): string {
  const { city, postalCode, region } = jd.location;
  return [city, postalCode, region].filter((part) => part && part.trim() !== '').join(', ');
}

function conditionsOf(jd: JobDescription, labels: DocumentLabels): ViewItem {
  const rows: { label: string; value: string }[] = [];
  const contract: string[] = [labels.contractTypes[jd.contract.type]];
  if (jd.contract.durationMonths !== undefined && jd.contract.type !== 'cdi') {
    contract.push(labels.months(jd.contract.durationMonths));
  }
  rows.push({ label: labels.contract, value: contract.join(', ') });
  const time: string[] = [labels.workingTimes[jd.contract.workingTime]];
  if (jd.contract.workingTime === 'part-time' && jd.contract.hoursPerWeek !== undefined) {
    time.push(labels.hoursPerWeek(jd.contract.hoursPerWeek));
  }
  rows.push({ label: labels.workingTime, value: time.join(', ') });
  const place = placeOf(jd);
  if (place !== '') rows.push({ label: labels.location, value: place });
  const remote: string[] = [labels.remoteModes[jd.location.remote]];
  if (jd.location.remote === 'hybrid' && jd.location.remoteDaysPerWeek !== undefined) {
    remote.push(labels.remoteDays(jd.location.remoteDaysPerWeek));
  }
  rows.push({ label: labels.remote, value: remote.join(', ') });
  const salary = formatSalary(jd.salary, jd.locale);
  if (salary) rows.push({ label: labels.salary, value: salary });
  rows.push({
    label: labels.startDate,
    value: jd.startDate ? formatDate(jd.startDate, jd.locale) : labels.asap,
  });
  if (jd.validThrough) {
    rows.push({ label: labels.validThrough, value: formatDate(jd.validThrough, jd.locale) });
  }
  return { type: 'facts', rows };
}

/** Builds the reader's view of `jd`; skill names and level descriptors come from `catalog`. */
export function presentJobDescription(
  jd: JobDescription,
  catalog: Pick<Catalog, 'skills'>,
): JobDescriptionView {
  const labels = documentLabels(jd.locale);
  const skillOf = (id: string) => catalog.skills.find((skill) => skill.id === id);
  const sections: ViewSection[] = [];
  const add = (id: SectionId, items: ViewItem[]) => {
    const kept = items.filter((item) =>
      item.type === 'paragraph'
        ? item.text.trim() !== ''
        : item.type === 'facts' || item.type === 'levels'
          ? item.rows.length > 0
          : item.items.length > 0,
    );
    if (kept.length > 0) sections.push({ id, heading: labels.sections[id], items: kept });
  };

  const company = jd.company;
  const companyFacts = [
    ...(company.sector ? [{ label: labels.sector, value: company.sector }] : []),
    ...(company.size ? [{ label: labels.size, value: `${company.size} ${labels.employees}` }] : []),
  ];
  add('company', [
    { type: 'paragraph', text: company.presentation ?? '' },
    { type: 'facts', rows: companyFacts },
  ]);
  add('objective', [{ type: 'paragraph', text: jd.objective }]);
  add('missions', [
    {
      type: 'list',
      items: jd.missions
        .filter((mission) => mission.enabled)
        .map((mission) =>
          mission.description.trim() === ''
            ? mission.label
            : `${mission.label}${jd.locale === 'fr' ? '\u00a0:' : ':'} ${mission.description}`,
        ),
    },
  ]);
  add('perimeter', [
    { type: 'list', title: labels.inScope, items: filled(jd.perimeter.inScope) },
    { type: 'list', title: labels.outOfScope, items: filled(jd.perimeter.outOfScope) },
    { type: 'list', title: labels.redLines, items: filled(jd.perimeter.redLines) },
    {
      type: 'facts',
      rows: [
        { label: labels.decides, value: jd.perimeter.decides.trim() },
        { label: labels.escalation, value: jd.perimeter.escalation.trim() },
      ].filter((row) => row.value !== ''),
    },
  ]);
  const levelRows = (
    items: { skill: string; level: number; weight?: 'mandatory' | 'relative' }[],
  ) =>
    items.flatMap((item) => {
      const skill = skillOf(item.skill);
      if (!skill) return [];
      const descriptor = skill.levels[item.level - 1]?.[jd.locale] ?? '';
      return [
        {
          label: skill.label[jd.locale],
          level: item.level,
          levelText: labels.levelOf(item.level),
          descriptor,
          ...(item.weight ? { note: labels[item.weight] } : {}),
        },
      ];
    });
  add('competencies', [{ type: 'levels', kind: 'competency', rows: levelRows(jd.competencies) }]);
  add('tools', [{ type: 'levels', kind: 'tool', rows: levelRows(jd.tools) }]);
  add('kpis', [
    { type: 'list', items: filled(jd.kpis) },
    {
      type: 'facts',
      rows: jd.reporting.trim() ? [{ label: labels.reporting, value: jd.reporting.trim() }] : [],
    },
  ]);
  add('organisation', [{ type: 'paragraph', text: jd.organisation }]);
  add('conditions', [conditionsOf(jd, labels), { type: 'paragraph', text: labels.openToAll }]);
  const language = jd.languageRequirement;
  if (language.required && language.language.trim() !== '') {
    add('languages', [
      {
        type: 'facts',
        rows: [
          { label: labels.requiredLanguage(language.language.trim()), value: language.reason },
        ],
      },
    ]);
  }
  add('apply', [
    { type: 'paragraph', text: jd.howToApply.instructions },
    {
      type: 'facts',
      rows: [
        ...(jd.howToApply.email ? [{ label: labels.email, value: jd.howToApply.email }] : []),
        ...(jd.howToApply.url ? [{ label: labels.url, value: jd.howToApply.url }] : []),
      ],
    },
  ]);

  const subtitle = [company.name, placeOf(jd), labels.contractTypes[jd.contract.type]]
    .filter((part) => part.trim() !== '')
    .join(' · ');
  return { locale: jd.locale, title: jd.title, subtitle, sections };
}

/** At most this many missions, competencies or tools in the one-page ad. */
const AD_LIST_LIMIT = 5;

/**
 * The one-page ad: what a job board shows. The same sections as the full description, shorter —
 * mission labels without their descriptions, the required competencies and tools by name (the
 * mandatory ones first, one line each, under one heading), the conditions with the salary, and how to apply. The perimeter, the
 * indicators and the level descriptors stay in the full description.
 */
export function presentJobAd(
  jd: JobDescription,
  catalog: Pick<Catalog, 'skills'>,
): JobDescriptionView {
  const full = presentJobDescription(jd, catalog);
  const labelOf = (id: string) => catalog.skills.find((skill) => skill.id === id)?.label[jd.locale];
  const names = (items: { skill: string }[]) =>
    items.flatMap((item) => labelOf(item.skill) ?? []).slice(0, AD_LIST_LIMIT);
  const competencies = [...jd.competencies].sort(
    (a, b) => Number(b.weight === 'mandatory') - Number(a.weight === 'mandatory'),
  );
  const missions = jd.missions.filter((mission) => mission.enabled).map((mission) => mission.label);
  const labels = documentLabels(jd.locale);
  const tools = names(jd.tools).join(' · ');
  const toolsLine =
    tools && `${labels.sections.tools}${jd.locale === 'fr' ? '\u00a0:' : ':'} ${tools}`;
  const presentation = jd.company.presentation?.trim() ?? '';
  const shortened: Partial<Record<SectionId, ViewItem[]>> = {
    company: presentation ? [{ type: 'paragraph', text: presentation }] : [],
    missions: [{ type: 'list', items: missions.slice(0, AD_LIST_LIMIT) }],
    // Competencies, then tools, named on one line each under one heading: one page in all.
    competencies: [
      { type: 'paragraph', text: names(competencies).join(' · ') },
      { type: 'paragraph', text: toolsLine },
    ],
  };
  const kept = new Set<SectionId>([
    'company',
    'objective',
    'missions',
    'competencies',
    'conditions',
    'languages',
    'apply',
  ]);
  const sections = full.sections
    .filter((section) => kept.has(section.id))
    .map((section) => ({ ...section, items: shortened[section.id] ?? section.items }))
    .filter((section) =>
      section.items.some((item) =>
        item.type === 'list' ? item.items.length > 0 : item.type !== 'paragraph' || item.text,
      ),
    );
  return { ...full, sections };
}
