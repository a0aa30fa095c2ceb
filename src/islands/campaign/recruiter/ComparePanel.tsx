import type { CompareView } from '../../../domain/campaign/present.ts';
import { CONFIDENCE_KEY } from './labels.ts';
import type { Translate } from './messages.ts';
import { CompetencyRowHeader, ScrollTable } from './parts.tsx';

interface Props {
  view: CompareView;
  t: Translate;
  onClose: () => void;
}

/** Two to four candidates side by side, requirement by requirement, the best level marked. */
export default function ComparePanel({ view, t, onClose }: Props) {
  const names = view.candidates.map((c) => (c.name ? `${c.label} · ${c.name}` : c.label));
  return (
    <section className="campaign-compare" aria-labelledby="campaign-compare-title">
      <h2 id="campaign-compare-title" tabIndex={-1}>
        {t('campaignRecruiter.compare.title')}
      </h2>
      <ScrollTable
        captionId="campaign-compare-caption"
        caption={t('campaignRecruiter.compare.caption')}
        columns={[
          t('campaignRecruiter.levels.competency'),
          t('campaignRecruiter.levels.required'),
          ...names,
        ]}
      >
        <tr>
          <th scope="row">{t('campaignRecruiter.fitShort')}</th>
          <td>—</td>
          {view.candidates.map((c) => (
            <td key={c.id}>{c.fit}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('campaignRecruiter.confidenceShort')}</th>
          <td>—</td>
          {view.candidates.map((c) => (
            <td key={c.id}>{t(CONFIDENCE_KEY[c.confidence])}</td>
          ))}
        </tr>
        {view.rows.map((row) => (
          <tr key={row.skill}>
            <CompetencyRowHeader label={row.label} kind={row.kind} weight={row.weight} t={t} />
            <td>{row.required}</td>
            {row.levels.map((level, index) => (
              <td key={view.candidates[index]?.id ?? index}>
                {level === null ? (
                  t('campaignRecruiter.notMeasured')
                ) : (
                  <span className={level < row.required ? 'campaign-short' : undefined}>
                    {level}
                    {level < row.required && (
                      <span className="visually-hidden">
                        {' '}
                        {t('campaignRecruiter.compare.below')}
                      </span>
                    )}
                    {level === row.best &&
                      row.levels.filter((other) => other === row.best).length === 1 && (
                        <>
                          <span aria-hidden="true"> ★</span>
                          <span className="visually-hidden">
                            {' '}
                            {t('campaignRecruiter.compare.best')}
                          </span>
                        </>
                      )}
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </ScrollTable>
      <div className="campaign-actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('campaignRecruiter.compare.close')}
        </button>
      </div>
    </section>
  );
}
