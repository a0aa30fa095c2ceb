import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { Translate } from '../../domain/sourcing/describe.ts';
import { formatNumber } from '../../domain/sourcing/describe.ts';
import {
  COUNTRIES,
  COVERAGE_LEVELS,
  LIMITS,
  OBJECTIVES,
  SENIORITIES,
} from '../../domain/sourcing/input.ts';
import type { Country, LimitedField, SourcingInputDraft } from '../../domain/sourcing/input.ts';
import type { AssumptionField } from './form-values.ts';

/** The message of a number out of its limits, naming them: « Entrez un nombre entre 0 et 1 000 000. » */
export function limitMessage(field: LimitedField, t: Translate, locale: 'fr' | 'en'): string {
  const { min, max, integer } = LIMITS[field];
  return t(integer ? 'sourcing.invalid.rangeInteger' : 'sourcing.invalid.range', {
    min: formatNumber(min, locale),
    max: formatNumber(max, locale),
  });
}

interface Props {
  locale: 'fr' | 'en';
  register: UseFormRegister<SourcingInputDraft>;
  errors: FieldErrors<SourcingInputDraft>;
  t: Translate;
  country: Country;
  workloadMode: 'estimate' | 'hours';
  assumptionFields: readonly AssumptionField[];
  onCountryChange: (country: Country) => void;
}

type NumberName =
  | 'headcount'
  | 'monthlyBudget'
  | 'networks'
  | 'communitySpaces'
  | 'postsPerWeek'
  | 'conversationsPerWeek'
  | 'hoursPerWeek'
  | 'startWithinWeeks'
  | 'horizonMonths'
  | 'transportLevyPercent';

const SCALES = ['closeness', 'independence', 'outsideVoice'] as const;

/** The form's fields, grouped in fieldsets: company, workload, needs, assumptions. */
export default function SourcingFields(props: Props) {
  const { locale, register, errors, t, country, workloadMode, assumptionFields, onCountryChange } =
    props;
  const currency = country === 'qc' ? 'CAD' : 'EUR';

  const numberField = (name: NumberName, label: string, step = 1, hint?: string) => {
    const { min, max } = LIMITS[name];
    const error = errors[name];
    const id = `sourcing-${name}`;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
    return (
      <div className="sourcing-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="number"
          inputMode={step < 1 ? 'decimal' : 'numeric'}
          min={min}
          max={max}
          step={step}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...register(name)}
        />
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {limitMessage(name, t, locale)}
          </p>
        )}
      </div>
    );
  };

  return (
    <>
      <fieldset className="sourcing-fieldset">
        <legend>{t('sourcing.legend.company')}</legend>
        <div className="sourcing-field">
          <span className="sourcing-label" id="sourcing-country-label">
            {t('sourcing.field.country')}
          </span>
          <div
            className="sourcing-choices"
            role="radiogroup"
            aria-labelledby="sourcing-country-label"
          >
            {COUNTRIES.map((value) => (
              <label key={value} className="sourcing-choice">
                <input
                  type="radio"
                  value={value}
                  {...register('country', {
                    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
                      onCountryChange(event.target.value === 'qc' ? 'qc' : 'fr'),
                  })}
                />
                {t(`sourcing.country.${value}`)}
              </label>
            ))}
          </div>
        </div>
        <div className="sourcing-grid">
          <div className="sourcing-field">
            <label htmlFor="sourcing-company">{t('sourcing.field.company')}</label>
            <input
              id="sourcing-company"
              type="text"
              autoComplete="organization"
              maxLength={80}
              aria-invalid={errors.company ? true : undefined}
              {...register('company')}
            />
            {errors.company && <p className="field-error">{t('sourcing.invalid.company')}</p>}
          </div>
          {numberField('headcount', t('sourcing.field.headcount'))}
          {numberField('monthlyBudget', t('sourcing.field.monthlyBudget', { currency }), 50)}
          <div className="sourcing-field">
            <label htmlFor="sourcing-seniority">{t('sourcing.field.seniority')}</label>
            <select id="sourcing-seniority" {...register('seniority')}>
              {SENIORITIES.map((value) => (
                <option key={value} value={value}>
                  {t(`sourcing.seniority.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>

      <fieldset className="sourcing-fieldset">
        <legend>{t('sourcing.legend.workload')}</legend>
        <div className="sourcing-field">
          <span className="sourcing-label" id="sourcing-mode-label">
            {t('sourcing.field.workloadMode')}
          </span>
          <div className="sourcing-choices" role="radiogroup" aria-labelledby="sourcing-mode-label">
            {(['estimate', 'hours'] as const).map((value) => (
              <label key={value} className="sourcing-choice">
                <input type="radio" value={value} {...register('workloadMode')} />
                {t(`sourcing.workloadMode.${value}`)}
              </label>
            ))}
          </div>
        </div>
        {workloadMode === 'hours' ? (
          <div className="sourcing-grid">
            {numberField('hoursPerWeek', t('sourcing.field.hoursPerWeek'), 0.5)}
          </div>
        ) : (
          <div className="sourcing-grid">
            {numberField('networks', t('sourcing.field.networks'))}
            {numberField('communitySpaces', t('sourcing.field.communitySpaces'))}
            {numberField('postsPerWeek', t('sourcing.field.postsPerWeek'))}
            {numberField('conversationsPerWeek', t('sourcing.field.conversationsPerWeek'))}
          </div>
        )}
      </fieldset>

      <fieldset className="sourcing-fieldset">
        <legend>{t('sourcing.legend.needs')}</legend>
        <div className="sourcing-grid">
          <div className="sourcing-field">
            <label htmlFor="sourcing-coverage">{t('sourcing.field.coverage')}</label>
            <select id="sourcing-coverage" {...register('coverage')}>
              {COVERAGE_LEVELS.map((value) => (
                <option key={value} value={value}>
                  {t(`sourcing.coverage.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {numberField('startWithinWeeks', t('sourcing.field.startWithinWeeks'))}
          {numberField('horizonMonths', t('sourcing.field.horizonMonths'))}
        </div>
        <fieldset className="sourcing-subfieldset">
          <legend>{t('sourcing.field.objectives')}</legend>
          <div className="sourcing-choices">
            {OBJECTIVES.map((value) => (
              <label key={value} className="sourcing-choice">
                <input type="checkbox" value={value} {...register('objectives')} />
                {t(`sourcing.objective.${value}`)}
              </label>
            ))}
          </div>
          {errors.objectives && <p className="field-error">{t('sourcing.invalid.objectives')}</p>}
        </fieldset>
        <p className="hint" id="sourcing-scale-hint">
          {t('sourcing.scale.hint')}
        </p>
        <div className="sourcing-grid">
          {SCALES.map((name) => (
            <div className="sourcing-field" key={name}>
              <label htmlFor={`sourcing-${name}`}>{t(`sourcing.field.${name}`)}</label>
              <select
                id={`sourcing-${name}`}
                aria-describedby="sourcing-scale-hint"
                {...register(name)}
              >
                {[1, 2, 3, 4, 5].map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <label className="sourcing-choice">
          <input type="checkbox" {...register('canTrain')} />
          {t('sourcing.field.canTrain')}
        </label>
        <div className="sourcing-grid">
          {country === 'fr' &&
            numberField(
              'transportLevyPercent',
              t('sourcing.field.transportLevyPercent'),
              0.01,
              t('sourcing.field.transportLevyPercent.hint'),
            )}
          <div className="sourcing-field">
            <label htmlFor="sourcing-role">{t('sourcing.field.role')}</label>
            <select
              id="sourcing-role"
              {...register('role', {
                setValueAs: (value: unknown) => (value === '' ? undefined : value),
              })}
            >
              <option value="">{t('sourcing.role.none')}</option>
              {(['manager', 'animator', 'expert'] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`sourcing.role.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>

      <details className="sourcing-details sourcing-assumptions">
        <summary>{t('sourcing.legend.assumptions')}</summary>
        <p className="hint">{t('sourcing.assumptions.hint')}</p>
        <div className="sourcing-grid">
          {assumptionFields.map((field) => {
            const id = `sourcing-a-${field.key}`;
            const error = errors.assumptions?.[field.key];
            const variant = field.byCountry[country];
            return (
              <div className="sourcing-field" key={field.key}>
                <label htmlFor={id}>
                  {variant.label} <span className="sourcing-unit">({variant.unit})</span>
                </label>
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  aria-describedby={`${id}-source`}
                  aria-invalid={error ? true : undefined}
                  {...register(`assumptions.${field.key}`, {
                    setValueAs: (value: unknown) =>
                      value === '' || value === undefined ? undefined : Number(value),
                  })}
                />
                <p className="hint sourcing-source" id={`${id}-source`}>
                  {variant.source}
                </p>
                {error && <p className="field-error">{limitMessage('assumption', t, locale)}</p>}
              </div>
            );
          })}
        </div>
      </details>
    </>
  );
}
