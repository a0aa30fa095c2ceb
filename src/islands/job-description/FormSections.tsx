import { memo, Suspense, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Role } from '../../domain/content/role.ts';
import { CONTRACT_TYPES as CONTRACTS } from '../../domain/content/role-values.ts';
import type { JobDescriptionDraftInput } from '../../domain/job-description/draft.ts';
import {
  COMPANY_SIZES as SIZES,
  LOCATION_COUNTRIES as COUNTRIES,
  REMOTE_MODES as REMOTE,
  SALARY_CURRENCIES as CURRENCIES,
  SALARY_PERIODS as PERIODS,
} from '../../domain/job-description/options.ts';
import { CheckboxField, LinesField, SelectField, TextField } from './form-fields.tsx';
import LevelsSection from './LevelsSection.tsx';
import type { BuilderCatalog, Translate } from './messages.ts';
import MissionsSection from './MissionsSection.tsx';
import type { Locale } from '../../domain/text/index.ts';

interface Props {
  t: Translate;
  catalog: BuilderCatalog;
  locale: Locale;
  /** The template role, for the objective examples and alternative titles. */
  role: Role | undefined;
  /** Called once, when every later section has hydrated (a stable function). */
  onHydrated: () => void;
}

/** How many sections hydrate after the page (the `Later` boundaries below). */
const LATER_SECTIONS = 6;

/** Calls `onMount` once its boundary has hydrated (renders nothing, on the server too). */
function Mounted({ onMount }: { onMount: () => void }) {
  useEffect(onMount, [onMount]);
  return null;
}

/** A section hydrated after the page, in its own boundary, reporting when it has. */
function Later({ children, onMount }: { children: ReactNode; onMount: () => void }) {
  return (
    <Suspense fallback={null}>
      {children}
      <Mounted onMount={onMount} />
    </Suspense>
  );
}

/**
 * Every editable section of the job description, in reading order. The form is rendered on the
 * server; on the client only the first sections (title, company) hydrate with the page. Each
 * later section sits in its own `Suspense` boundary, which React hydrates afterwards, in slices
 * at low priority (or at once if the person interacts with it first): hydrating the whole form
 * in one task blocked a phone's main thread for up to a second. Memoised, so that the builder's
 * own updates do not force those sections to hydrate early.
 */
function FormSections({ t, catalog, locale, role, onHydrated }: Props) {
  const { control } = useFormContext<JobDescriptionDraftInput>();
  const postingLocale = useWatch({ control, name: 'locale' }) === 'en' ? 'en' : 'fr';
  const alternatives = role?.alternativeTitles[postingLocale] ?? [];
  const mounted = useRef(0);
  const onMount = useCallback(() => {
    mounted.current += 1;
    if (mounted.current === LATER_SECTIONS) onHydrated();
  }, [onHydrated]);
  // Made once for given props: a new element would make React hydrate the sections right away.
  const later = useMemo(
    () => (
      <>
        <Later onMount={onMount}>
          <ObjectiveSection t={t} role={role} />
        </Later>
        <Later onMount={onMount}>
          <MissionsSection t={t} />
        </Later>
        <Later onMount={onMount}>
          <LevelsSection t={t} kind="competencies" catalog={catalog} locale={locale} />
        </Later>
        <Later onMount={onMount}>
          <LevelsSection t={t} kind="tools" catalog={catalog} locale={locale} />
        </Later>
        <Later onMount={onMount}>
          <ScopeSections t={t} />
        </Later>
        <Later onMount={onMount}>
          <TermsSections t={t} />
        </Later>
      </>
    ),
    [t, catalog, locale, role, onMount],
  );

  return (
    <>
      <fieldset className="jd-fieldset">
        <legend>{t('jd.title.legend')}</legend>
        <TextField name="title" label={t('jd.title.label')} hint={t('jd.title.hint')} t={t} />
        {alternatives.length > 0 && (
          <p className="hint">
            {t('jd.title.alternatives')} {alternatives.join(' · ')}
          </p>
        )}
      </fieldset>

      <fieldset className="jd-fieldset">
        <legend>{t('jd.company.legend')}</legend>
        <TextField
          name="company.name"
          label={t('jd.company.name')}
          autoComplete="organization"
          t={t}
        />
        <div className="jd-row">
          <TextField name="company.sector" label={t('jd.company.sector')} optional t={t} />
          <SelectField
            name="company.size"
            label={t('jd.company.size')}
            optional
            t={t}
            options={[
              { value: '', label: t('jd.company.sizeNone') },
              ...SIZES.map((size) => ({ value: size, label: size })),
            ]}
          />
        </div>
        <TextField
          name="company.presentation"
          label={t('jd.company.presentation')}
          multiline
          optional
          t={t}
        />
        <TextField
          name="company.website"
          label={t('jd.company.website')}
          type="url"
          optional
          t={t}
        />
      </fieldset>

      {later}
    </>
  );
}

export default memo(FormSections);

/** The role's objective, with the template's examples to pick from. */
function ObjectiveSection({ t, role }: Pick<Props, 't' | 'role'>) {
  const { control, setValue } = useFormContext<JobDescriptionDraftInput>();
  const postingLocale = useWatch({ control, name: 'locale' }) === 'en' ? 'en' : 'fr';
  const examples = role?.perimeter.objectiveExamples ?? [];
  return (
    <fieldset className="jd-fieldset">
      <legend>{t('jd.objective.legend')}</legend>
      <TextField
        name="objective"
        label={t('jd.objective.label')}
        hint={t('jd.objective.hint')}
        multiline
        t={t}
      />
      {examples.length > 0 && (
        <div className="jd-examples">
          <p className="jd-examples__title">{t('jd.objective.examples')}</p>
          <ul>
            {examples.map((example) => (
              <li key={example.fr}>
                <span>{example[postingLocale]}</span>{' '}
                <button
                  type="button"
                  className="jd-link-button"
                  onClick={() =>
                    setValue('objective', example[postingLocale], {
                      shouldDirty: true,
                      shouldValidate: true,
                    })
                  }
                >
                  {t('jd.objective.useExample')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}

/** Perimeter, indicators and reporting. */
function ScopeSections({ t }: Pick<Props, 't'>) {
  return (
    <>
      <fieldset className="jd-fieldset">
        <legend>{t('jd.perimeter.legend')}</legend>
        <LinesField
          name="perimeter.inScope"
          label={t('jd.perimeter.inScope')}
          hint={t('jd.perimeter.onePerLine')}
          t={t}
        />
        <LinesField
          name="perimeter.outOfScope"
          label={t('jd.perimeter.outOfScope')}
          hint={t('jd.perimeter.onePerLine')}
          t={t}
        />
        <LinesField
          name="perimeter.redLines"
          label={t('jd.perimeter.redLines')}
          hint={t('jd.perimeter.onePerLine')}
          t={t}
        />
        <TextField
          name="perimeter.decides"
          label={t('jd.perimeter.decides')}
          multiline
          rows={2}
          t={t}
        />
        <TextField
          name="perimeter.escalation"
          label={t('jd.perimeter.escalation')}
          multiline
          rows={2}
          t={t}
        />
      </fieldset>

      <fieldset className="jd-fieldset">
        <legend>{t('jd.kpis.legend')}</legend>
        <LinesField
          name="kpis"
          label={t('jd.kpis.label')}
          hint={t('jd.perimeter.onePerLine')}
          t={t}
        />
        <TextField name="reporting" label={t('jd.kpis.reporting')} t={t} />
        <TextField name="organisation" label={t('jd.kpis.organisation')} multiline rows={2} t={t} />
      </fieldset>
    </>
  );
}

/** Contract, place, salary, dates, how to apply, language and publication. */
function TermsSections({ t }: Pick<Props, 't'>) {
  const { control } = useFormContext<JobDescriptionDraftInput>();
  const contractType = useWatch({ control, name: 'contract.type' });
  const workingTime = useWatch({ control, name: 'contract.workingTime' });
  const remote = useWatch({ control, name: 'location.remote' });
  const languageRequired = useWatch({ control, name: 'languageRequirement.required' });
  return (
    <>
      <fieldset className="jd-fieldset">
        <legend>{t('jd.contract.legend')}</legend>
        <div className="jd-row">
          <SelectField
            name="contract.type"
            label={t('jd.contract.type')}
            t={t}
            options={CONTRACTS.map((type) => ({
              value: type,
              label: t(`jd.contract.type.${type}`),
            }))}
          />
          {contractType !== 'cdi' && (
            <TextField
              name="contract.durationMonths"
              label={t('jd.contract.duration')}
              type="number"
              min={1}
              max={60}
              t={t}
            />
          )}
        </div>
        <div className="jd-row">
          <SelectField
            name="contract.workingTime"
            label={t('jd.contract.workingTime')}
            t={t}
            options={[
              { value: 'full-time', label: t('jd.contract.fullTime') },
              { value: 'part-time', label: t('jd.contract.partTime') },
            ]}
          />
          {workingTime === 'part-time' && (
            <TextField
              name="contract.hoursPerWeek"
              label={t('jd.contract.hours')}
              type="number"
              min={1}
              max={48}
              t={t}
            />
          )}
        </div>
        <div className="jd-row">
          <TextField
            name="location.city"
            label={t('jd.location.city')}
            autoComplete="address-level2"
            t={t}
          />
          <TextField
            name="location.postalCode"
            label={t('jd.location.postalCode')}
            optional
            autoComplete="postal-code"
            t={t}
          />
        </div>
        <div className="jd-row">
          <TextField name="location.region" label={t('jd.location.region')} optional t={t} />
          <SelectField
            name="location.country"
            label={t('jd.location.country')}
            t={t}
            options={COUNTRIES.map((code) => ({
              value: code,
              label: t(`jd.location.country.${code}`),
            }))}
          />
        </div>
        <div className="jd-row">
          <SelectField
            name="location.remote"
            label={t('jd.location.remote')}
            t={t}
            options={REMOTE.map((mode) => ({
              value: mode,
              label: t(`jd.location.remote.${mode}`),
            }))}
          />
          {remote === 'hybrid' && (
            <TextField
              name="location.remoteDaysPerWeek"
              label={t('jd.location.remoteDays')}
              type="number"
              min={0}
              max={5}
              t={t}
            />
          )}
        </div>
      </fieldset>

      <fieldset className="jd-fieldset">
        <legend>{t('jd.salary.legend')}</legend>
        <p className="hint">{t('jd.salary.hint')}</p>
        <div className="jd-row">
          <TextField name="salary.min" label={t('jd.salary.min')} type="number" min={0} t={t} />
          <TextField name="salary.max" label={t('jd.salary.max')} type="number" min={0} t={t} />
        </div>
        <div className="jd-row">
          <SelectField
            name="salary.currency"
            label={t('jd.salary.currency')}
            t={t}
            options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
          />
          <SelectField
            name="salary.period"
            label={t('jd.salary.period')}
            t={t}
            options={PERIODS.map((period) => ({
              value: period,
              label: t(`jd.salary.period.${period}`),
            }))}
          />
        </div>
      </fieldset>

      <fieldset className="jd-fieldset">
        <legend>{t('jd.apply.legend')}</legend>
        <div className="jd-row">
          <TextField name="startDate" label={t('jd.dates.start')} type="date" optional t={t} />
          <TextField
            name="validThrough"
            label={t('jd.dates.validThrough')}
            type="date"
            optional
            t={t}
          />
        </div>
        <TextField
          name="howToApply.instructions"
          label={t('jd.apply.instructions')}
          multiline
          t={t}
        />
        <div className="jd-row">
          <TextField
            name="howToApply.email"
            label={t('jd.apply.email')}
            type="email"
            optional
            autoComplete="email"
            t={t}
          />
          <TextField name="howToApply.url" label={t('jd.apply.url')} type="url" optional t={t} />
        </div>
      </fieldset>

      <fieldset className="jd-fieldset">
        <legend>{t('jd.language.legend')}</legend>
        <CheckboxField name="languageRequirement.required" label={t('jd.language.required')} />
        {languageRequired && (
          <>
            <TextField
              name="languageRequirement.language"
              label={t('jd.language.language')}
              t={t}
            />
            <TextField
              name="languageRequirement.reason"
              label={t('jd.language.reason')}
              multiline
              rows={2}
              t={t}
            />
          </>
        )}
      </fieldset>

      <CheckboxField name="published" label={t('jd.publish.label')} />
    </>
  );
}
