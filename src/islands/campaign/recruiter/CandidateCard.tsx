import { useId, useState } from 'react';
import type { CandidateRow } from '../../../domain/campaign/present.ts';
import type { DecisionRequest } from '../../../domain/campaign/requests.ts';
import { RECOMMENDATIONS } from '../../../domain/campaign/schemas.ts';
import { formatDate, formatNumber } from '../../../domain/text/index.ts';
import type { Locale } from '../../../domain/text/index.ts';
import {
  CONFIDENCE_KEY,
  DECISION_KEY,
  FLAG_KEY,
  RECOMMENDATION_KEY,
  WEIGHT_KEY,
} from './labels.ts';
import type { Translate } from './messages.ts';
import { CompetencyRowHeader, ScrollTable } from './parts.tsx';

interface Props {
  row: CandidateRow;
  locale: Locale;
  t: Translate;
  /** Link to this candidate's interview guide (with the recruiter's token). */
  guideHref: string;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** Records a decision; resolves with an error message, or undefined when saved. */
  onDecide: (outcome: DecisionRequest['outcome']) => Promise<string | undefined>;
}

const OUTCOMES = ['hired', 'rejected', 'talent-pool'] as const;

/**
 * One candidate who shared, as the recruiter sees them: anonymous label (name once revealed),
 * fit to this job, level against the required level per competency, gaps, cautions, confidence,
 * the interviewers' scorecards put together (spread, disagreements), and the decision.
 */
export default function CandidateCard({
  row,
  locale,
  t,
  guideHref,
  selected,
  onSelect,
  onDecide,
}: Props) {
  const id = useId();
  const [outcome, setOutcome] = useState<DecisionRequest['outcome'] | ''>(
    row.decision?.outcome ?? '',
  );
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const headingId = `${id}-title`;
  const title = row.name ? `${row.label} · ${row.name}` : row.label;
  const aggregate = row.scorecards;
  const recommendations = RECOMMENDATIONS.filter((r) => aggregate.recommendations[r] > 0).map(
    (r) => `${t(RECOMMENDATION_KEY[r])} × ${aggregate.recommendations[r]}`,
  );

  return (
    <li className="campaign-card">
      <div className="campaign-card__head">
        <h3 id={headingId}>{title}</h3>
        <p className="campaign-card__fit">{t('campaignRecruiter.fit', { fit: row.fit })}</p>
      </div>
      {row.revealed && (
        <p className="campaign-card__meta">
          {row.name
            ? t('campaignRecruiter.name', { name: row.name })
            : t('campaignRecruiter.noName')}
          {row.email && (
            <>
              {' · '}
              {t('campaignRecruiter.email', { email: row.email })}
            </>
          )}
        </p>
      )}
      <p className="campaign-card__meta">
        {t('campaignRecruiter.confidence', { level: t(CONFIDENCE_KEY[row.confidence]) })}
        {' · '}
        {row.decision
          ? t('campaignRecruiter.decision.current', {
              outcome: t(DECISION_KEY[row.decision.outcome]),
            })
          : t('campaignRecruiter.decision.none')}
      </p>
      <div className="campaign-actions">
        <label className="campaign-select">
          <input
            type="checkbox"
            checked={selected}
            onChange={(event) => onSelect(event.currentTarget.checked)}
          />
          {t('campaignRecruiter.compare.select', { label: row.label })}
        </label>
        <a href={guideHref}>{t('campaignRecruiter.guide.candidate', { label: row.label })}</a>
      </div>

      <ScrollTable
        captionId={`${id}-levels`}
        caption={t('campaignRecruiter.levels.caption', { label: row.label })}
        columns={[
          t('campaignRecruiter.levels.competency'),
          t('campaignRecruiter.levels.levelOfRequired'),
          t('campaignRecruiter.levels.status'),
        ]}
      >
        {row.competencies.map((c) => (
          <tr key={c.skill}>
            <CompetencyRowHeader label={c.label} kind={c.kind} weight={c.weight} t={t} />
            <td className="campaign-nowrap">
              {c.level === null ? (
                t('campaignRecruiter.levels.notMeasuredOf', { required: c.required })
              ) : (
                <>
                  <span aria-hidden="true">
                    {c.level} / {c.required}
                  </span>
                  <span className="visually-hidden">
                    {t('campaignRecruiter.levels.cell', {
                      level: c.level,
                      required: c.required,
                    })}
                  </span>
                </>
              )}
            </td>
            <td className="campaign-nowrap">
              {c.meets === null ? (
                '—'
              ) : c.meets ? (
                <span className="campaign-meets">{t('campaignRecruiter.levels.meets')}</span>
              ) : (
                <span className="campaign-short">
                  <span aria-hidden="true">−{c.shortBy}</span>
                  <span className="visually-hidden">
                    {t('campaignRecruiter.levels.short', { n: c.shortBy })}
                  </span>
                </span>
              )}
            </td>
          </tr>
        ))}
      </ScrollTable>
      {row.unmeasured.length > 0 && (
        <p className="hint">
          {t('campaignRecruiter.unmeasured', {
            skills: row.competencies
              .filter((c) => row.unmeasured.includes(c.skill))
              .map((c) => c.label)
              .join(', '),
          })}
        </p>
      )}

      <h4>{t('campaignRecruiter.gaps')}</h4>
      {row.mandatoryGap && <p className="campaign-warn">{t('campaignRecruiter.gaps.mandatory')}</p>}
      {row.gaps.length === 0 ? (
        <p>{t('campaignRecruiter.gaps.none')}</p>
      ) : (
        <ul>
          {row.gaps.map((gap) => (
            <li
              key={gap.skill}
              className={gap.weight === 'mandatory' ? 'campaign-gap--mandatory' : undefined}
            >
              {t('campaignRecruiter.gaps.item', {
                label: gap.label,
                level: gap.level,
                required: gap.required,
                weight: t(WEIGHT_KEY[gap.weight]),
                cost: formatNumber(gap.cost, locale),
              })}
            </li>
          ))}
        </ul>
      )}

      <h4>{t('campaignRecruiter.flags')}</h4>
      {row.flags.length === 0 ? (
        <p>{t('campaignRecruiter.flags.none')}</p>
      ) : (
        <ul>
          {row.flags.map((flag) => (
            <li key={flag.kind}>
              {t(FLAG_KEY[flag.kind])}
              {flag.skillLabels.length > 0 &&
                ` (${t('campaignRecruiter.flags.about', { skills: flag.skillLabels.join(', ') })})`}
            </li>
          ))}
        </ul>
      )}

      <h4>{t('campaignRecruiter.scorecards')}</h4>
      {aggregate.submitted === 0 ? (
        <p>{t('campaignRecruiter.scorecards.none')}</p>
      ) : (
        <>
          <p>{t('campaign.scorecard.submitted', { n: aggregate.submitted })}</p>
          <ScrollTable
            captionId={`${id}-scores`}
            caption={t('campaignRecruiter.scorecards.caption', { label: row.label })}
            columns={[
              t('campaignRecruiter.levels.competency'),
              t('campaignRecruiter.levels.required'),
              t('campaignRecruiter.scorecards.ratings'),
              t('campaignRecruiter.scorecards.mean'),
              t('campaignRecruiter.scorecards.spread'),
            ]}
          >
            {aggregate.competencies.map((c) => (
              <tr key={c.skill}>
                <th scope="row">
                  {row.competencies.find((level) => level.skill === c.skill)?.label ?? c.skill}
                </th>
                <td>{c.requiredLevel}</td>
                <td>{c.ratings.join(' · ') || '—'}</td>
                <td>{c.mean === null ? '—' : formatNumber(c.mean, locale)}</td>
                <td>
                  {c.spread}
                  {c.disagreement.length > 0 && (
                    <span className="campaign-warn">
                      <span aria-hidden="true"> ⚠</span>
                      <span className="visually-hidden">
                        {' '}
                        {t('campaignRecruiter.scorecards.disagree')}
                      </span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </ScrollTable>
          {recommendations.length > 0 && (
            <p>
              {t('campaignRecruiter.scorecards.recommendations', {
                list: recommendations.join(', '),
              })}
            </p>
          )}
          {aggregate.recommendationsSplit && (
            <p className="campaign-warn">{t('campaign.aggregate.recommendationsSplit')}</p>
          )}
          {row.disagreements.length > 0 && (
            <>
              <h4>{t('campaignRecruiter.disagreements')}</h4>
              <ul>
                {row.disagreements.map((d) => (
                  <li key={d.skill}>
                    {t('campaignRecruiter.disagreements.item', {
                      label: d.label,
                      ratings: d.ratings.join(' · '),
                      reasons: d.reasons
                        .map((reason) =>
                          reason === 'spread'
                            ? t('campaign.aggregate.disagreement.spread')
                            : t('campaign.aggregate.disagreement.crossesRequired'),
                        )
                        .join(' · '),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}

      <form
        className="campaign-decision"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!outcome) {
            setError(t('campaignRecruiter.decision.choose'));
            return;
          }
          setBusy(true);
          setError('');
          setStatus('');
          void onDecide(outcome).then((problem) => {
            setBusy(false);
            if (problem) setError(problem);
            else setStatus(t('campaignRecruiter.decision.saved', { label: row.label }));
          });
        }}
      >
        <fieldset className="campaign-fieldset">
          <legend>{t('campaignRecruiter.decision.legend', { label: row.label })}</legend>
          <div className="campaign-choices">
            {OUTCOMES.filter((o) => o !== 'talent-pool' || row.talentPoolConsent).map((o) => (
              <label className="campaign-choice" key={o}>
                <input
                  type="radio"
                  name={`${id}-decision`}
                  value={o}
                  checked={outcome === o}
                  onChange={() => setOutcome(o)}
                />
                <span>{t(DECISION_KEY[o])}</span>
              </label>
            ))}
          </div>
          {!row.talentPoolConsent && (
            <p className="hint">{t('campaignRecruiter.decision.noConsent')}</p>
          )}
          {row.deletionDate && (
            <p className="hint">
              {t('campaignRecruiter.decision.deletion', {
                date: formatDate(row.deletionDate, locale),
              })}
            </p>
          )}
          <div className="campaign-actions">
            <button type="submit" className="button button--secondary" disabled={busy}>
              {t('campaignRecruiter.decision.save')}
            </button>
          </div>
          <p className="campaign-status" role="status">
            {status}
          </p>
          <p className="field-error" role="alert">
            {error}
          </p>
        </fieldset>
      </form>
    </li>
  );
}
