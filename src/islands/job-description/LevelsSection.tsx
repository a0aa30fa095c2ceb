import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { JobDescriptionDraftInput } from '../../domain/job-description/draft.ts';
import { inputId, useRegisterWithDefault } from './form-fields.tsx';
import type { BuilderCatalog, JdKey, Translate } from './messages.ts';
import type { Locale } from '../../domain/text/index.ts';

interface Props {
  t: Translate;
  /** Competencies (soft skills and know-how, with a weight) or tools. */
  kind: 'competencies' | 'tools';
  catalog: BuilderCatalog;
  /** Interface locale, for skill names and level descriptors. */
  locale: Locale;
}

const LEVELS = [1, 2, 3, 4] as const;

/** Catalogue skills with a required level (and, for competencies, a weight); add and remove. */
export default function LevelsSection({ t, kind, catalog, locale }: Props) {
  const { control } = useFormContext<JobDescriptionDraftInput>();
  const register = useRegisterWithDefault();
  const { fields, remove, append } = useFieldArray({ control, name: kind, keyName: 'key' });
  const values = useWatch({ control, name: kind }) ?? [];
  const [choice, setChoice] = useState('');
  // One section of each kind on the page: its id needs no `useId` (the islands are rendered with
  // `renderToString`, which Astro gives no per-island id prefix).
  const addId = `jd-add-${kind}`;
  const isTool = kind === 'tools';
  const skills = catalog.skills.filter((skill) => (skill.kind === 'tool') === isTool);
  const used = new Set(values.map((item) => item?.skill));
  const available = skills.filter((skill) => !used.has(skill.id));
  const legend: JdKey = isTool ? 'jd.tools.legend' : 'jd.competencies.legend';

  const add = () => {
    if (!choice) return;
    // `append` is typed for the union of the two arrays; each branch adds the right shape.
    const item = isTool
      ? { skill: choice, level: 2 }
      : { skill: choice, level: 2, weight: 'mandatory' as const };
    append(item);
    setChoice('');
  };

  return (
    <fieldset className="jd-fieldset">
      <legend>{t(legend)}</legend>
      {!isTool && <p className="hint">{t('jd.competencies.hint')}</p>}
      <ul className="jd-levels">
        {fields.map((field, index) => {
          const skill = catalog.skills.find((candidate) => candidate.id === field.skill);
          const name = skill?.label[locale] ?? field.skill;
          const level = values[index]?.level ?? field.level;
          const descriptor = skill?.levels[(Number(level) || 1) - 1]?.[locale] ?? '';
          const levelId = inputId(`${kind}.${index}.level`);
          return (
            <li key={field.key} className="jd-level">
              <div className="jd-level__head">
                <strong>{name}</strong>
                <button
                  type="button"
                  className="jd-icon-button"
                  aria-label={t('jd.competencies.remove', { name })}
                  onClick={() => remove(index)}
                >
                  ×
                </button>
              </div>
              <div className="jd-level__controls">
                <div className="jd-field jd-field--inline">
                  <label htmlFor={levelId}>{t('jd.competencies.level')}</label>
                  <select
                    id={levelId}
                    aria-describedby={`${levelId}-descriptor`}
                    {...register(`${kind}.${index}.level`, { setValueAs: Number })}
                  >
                    {LEVELS.map((value) => (
                      <option key={value} value={value}>
                        {`${value} / 4`}
                      </option>
                    ))}
                  </select>
                </div>
                {!isTool && (
                  <div className="jd-field jd-field--inline">
                    <label htmlFor={inputId(`competencies.${index}.weight`)}>
                      {t('jd.competencies.weight')}
                    </label>
                    <select
                      id={inputId(`competencies.${index}.weight`)}
                      {...register(`competencies.${index}.weight`)}
                    >
                      <option value="mandatory">{t('jd.competencies.mandatory')}</option>
                      <option value="relative">{t('jd.competencies.relative')}</option>
                    </select>
                  </div>
                )}
              </div>
              <p className="hint jd-level__descriptor" id={`${levelId}-descriptor`}>
                {descriptor}
              </p>
            </li>
          );
        })}
      </ul>
      {available.length > 0 && (
        <div className="jd-add">
          <label htmlFor={addId}>
            {t(isTool ? 'jd.tools.addLabel' : 'jd.competencies.addLabel')}
          </label>
          <div className="jd-add__row">
            <select id={addId} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('jd.competencies.choose')}</option>
              {available.map((skill) => (
                <option key={skill.id} value={skill.id}>
                  {skill.label[locale]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--secondary"
              onClick={add}
              disabled={!choice}
            >
              {t('jd.competencies.add')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
