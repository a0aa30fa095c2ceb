import { useFieldArray, useFormContext } from 'react-hook-form';
import type { JobDescriptionDraftInput } from '../../domain/job-description/draft.ts';
import { inputId, TextField, useRegisterWithDefault } from './form-fields.tsx';
import type { Translate } from './messages.ts';

interface Props {
  t: Translate;
}

/** Missions: tick, reorder, edit, add or remove. */
export default function MissionsSection({ t }: Props) {
  const { control } = useFormContext<JobDescriptionDraftInput>();
  const register = useRegisterWithDefault();
  const { fields, move, remove, append } = useFieldArray({
    control,
    name: 'missions',
    keyName: 'key',
  });

  const addMission = () => {
    const used = new Set(fields.map((field) => field.id));
    let n = 1;
    while (used.has(`custom-${n}`)) n += 1;
    append({ id: `custom-${n}`, label: t('jd.missions.newLabel'), description: '', enabled: true });
  };

  return (
    <fieldset className="jd-fieldset">
      <legend>{t('jd.missions.legend')}</legend>
      <p className="hint">{t('jd.missions.hint')}</p>
      <ol className="jd-missions">
        {fields.map((field, index) => {
          const n = index + 1;
          return (
            <li key={field.key} className="jd-mission">
              <div className="jd-mission__head">
                <input
                  id={inputId(`missions.${index}.enabled`)}
                  type="checkbox"
                  aria-label={t('jd.missions.enabled', { n })}
                  {...register(`missions.${index}.enabled`)}
                />
                <div className="jd-mission__tools">
                  <button
                    type="button"
                    className="jd-icon-button"
                    aria-label={t('jd.missions.up', { n })}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="jd-icon-button"
                    aria-label={t('jd.missions.down', { n })}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="jd-icon-button"
                    aria-label={t('jd.missions.remove', { n })}
                    onClick={() => remove(index)}
                  >
                    ×
                  </button>
                </div>
              </div>
              <TextField
                name={`missions.${index}.label`}
                label={`${t('jd.missions.label')} ${n}`}
                t={t}
              />
              <TextField
                name={`missions.${index}.description`}
                label={t('jd.missions.description')}
                multiline
                rows={2}
                t={t}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--secondary" onClick={addMission}>
        {t('jd.missions.add')}
      </button>
    </fieldset>
  );
}
