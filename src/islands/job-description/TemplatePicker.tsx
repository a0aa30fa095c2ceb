import { useState } from 'react';
import { SelectField } from './form-fields.tsx';
import type { BuilderCatalog, Translate } from './messages.ts';
import type { Locale } from '../../domain/text/index.ts';

interface Props {
  t: Translate;
  catalog: BuilderCatalog;
  locale: Locale;
  /** The role of the description being edited. */
  initialRole: string;
  /** Replaces every section (except the company) with the chosen template. */
  onApply: (role: string, speciality: string | undefined) => void;
}

/** The role template to start from, its speciality for an expert, and the posting's language. */
export default function TemplatePicker({ t, catalog, locale, initialRole, onApply }: Props) {
  const [role, setRole] = useState(initialRole);
  const [speciality, setSpeciality] = useState('');
  // A new template from outside (a restored draft) resets the choice: state adjusted during render,
  // as React's docs recommend, rather than an effect that renders twice.
  const [shownInitial, setShownInitial] = useState(initialRole);
  if (shownInitial !== initialRole) {
    setShownInitial(initialRole);
    setRole(initialRole);
  }
  const specialities = catalog.roles.find((candidate) => candidate.id === role)?.specialities ?? [];
  return (
    <fieldset className="jd-fieldset jd-template">
      <legend>{t('jd.template.legend')}</legend>
      <div className="jd-row">
        <div className="jd-field">
          <label htmlFor="jd-template-role">{t('jd.template.role')}</label>
          <select
            id="jd-template-role"
            value={role}
            onChange={(event) => {
              setRole(event.target.value);
              setSpeciality('');
            }}
          >
            {catalog.roles.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title[locale]}
              </option>
            ))}
          </select>
        </div>
        {specialities.length > 0 && (
          <div className="jd-field">
            <label htmlFor="jd-template-speciality">{t('jd.template.speciality')}</label>
            <select
              id="jd-template-speciality"
              value={speciality}
              onChange={(event) => setSpeciality(event.target.value)}
            >
              <option value="">{t('jd.template.specialityNone')}</option>
              {specialities.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label[locale]}
                </option>
              ))}
            </select>
          </div>
        )}
        <SelectField
          name="locale"
          label={t('jd.template.locale')}
          t={t}
          options={[
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ]}
        />
      </div>
      <p className="hint" id="jd-template-hint">
        {t('jd.template.hint')}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="jd-template-hint"
        onClick={() => onApply(role, speciality || undefined)}
      >
        {t('jd.template.apply')}
      </button>
    </fieldset>
  );
}
