import '../../zod-jitless.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import type { ModelCompetencyView, ScorecardAnswer } from '../../../domain/campaign/api-answers.ts';
import type { ScaleAnchor } from '../../../domain/campaign/guide.ts';
import type { InterviewerCandidate } from '../../../domain/campaign/present.ts';
import { RECOMMENDATIONS } from '../../../domain/campaign/schemas.ts';
import { saveScorecard } from './api-client.ts';
import { RECOMMENDATION_KEY } from './labels.ts';
import type { Translate } from './messages.ts';
import { Confirm } from './parts.tsx';
import { formValuesOf, scorecardFormSchema, scorecardRequestOf } from './scorecard-form.ts';
import type { ScorecardFormValues } from './scorecard-form.ts';

interface Props {
  campaignId: string;
  interviewerId: string;
  token: string;
  candidate: InterviewerCandidate;
  model: ModelCompetencyView[];
  /** The rating scale of each competency, anchored on its level descriptors (from the guide). */
  scales: ReadonlyMap<string, ScaleAnchor[]>;
  t: Translate;
  onSaved: (answer: ScorecardAnswer) => void;
}

const RATINGS = ['1', '2', '3', '4'] as const;

/**
 * An interviewer's scorecard for one candidate: a rating from 1 to 4 per competency, each anchored
 * on the skill's level descriptors, evidence notes, and an overall recommendation. Saved as a
 * draft at any time; submitted (final) after a confirmation, refused with the missing ratings named
 * next to their fields.
 */
export default function ScorecardForm({
  campaignId,
  interviewerId,
  token,
  candidate,
  model,
  scales,
  t,
  onSaved,
}: Props) {
  const mode = useRef<'draft' | 'submit'>('draft');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const prefix = `scorecard-${candidate.id}`;
  const resolver = useMemo<Resolver<ScorecardFormValues>>(() => {
    const messages = {
      missingRating: t('campaignRecruiter.interviewer.missingRating'),
      missingRecommendation: t('campaignRecruiter.interviewer.missingRecommendation'),
    };
    // The same form is checked as a draft or as a submission, as the clicked button says.
    const draft = zodResolver(
      scorecardFormSchema(model, 'draft', messages),
    ) as Resolver<ScorecardFormValues>;
    const submit = zodResolver(
      scorecardFormSchema(model, 'submit', messages),
    ) as Resolver<ScorecardFormValues>;
    return (values, context, options) =>
      (mode.current === 'submit' ? submit : draft)(values, context, options);
  }, [model, t]);
  const { register, handleSubmit, formState, getValues } = useForm<ScorecardFormValues>({
    resolver,
    defaultValues: formValuesOf(model, candidate.own),
  });
  const { errors } = formState;

  const send = async (values: ScorecardFormValues, submit: boolean) => {
    setFailure('');
    setStatus('');
    const result = await saveScorecard(
      campaignId,
      interviewerId,
      candidate.id,
      token,
      scorecardRequestOf(model, values, submit),
    );
    if (result.status === 'ok') {
      setStatus(
        submit
          ? t('campaignRecruiter.interviewer.submitted')
          : t('campaignRecruiter.interviewer.draftSaved'),
      );
      onSaved(result.data);
      return true;
    }
    setFailure(t('campaignRecruiter.interviewer.failed'));
    return false;
  };

  const missing = [
    ...model.filter((c) => errors.ratings?.[c.skill]),
    ...(errors.recommendation ? [undefined] : []),
  ];

  return (
    <form
      className="campaign-scorecard"
      noValidate
      aria-labelledby={`${prefix}-title`}
      onSubmit={(event) => event.preventDefault()}
    >
      <h3 id={`${prefix}-title`}>
        {t('campaignRecruiter.interviewer.scorecard', {
          label: candidate.name ? `${candidate.label} · ${candidate.name}` : candidate.label,
        })}
      </h3>
      {missing.length > 0 && (
        <div className="campaign-error-summary" role="alert">
          <p>{t('campaignRecruiter.interviewer.errorSummary', { count: missing.length })}</p>
          <ul>
            {missing.map((c) =>
              c ? (
                <li key={c.skill}>
                  <a href={`#${prefix}-${c.skill}-1`}>{c.label}</a>
                </li>
              ) : (
                <li key="recommendation">
                  <a href={`#${prefix}-recommendation-${RECOMMENDATIONS[0]}`}>
                    {t('campaignRecruiter.interviewer.recommendation')}
                  </a>
                </li>
              ),
            )}
          </ul>
        </div>
      )}
      {model.map((competency) => {
        const error = errors.ratings?.[competency.skill];
        const errorId = `${prefix}-${competency.skill}-error`;
        const scale = scales.get(competency.skill) ?? [];
        return (
          <fieldset className="campaign-fieldset" key={competency.skill}>
            <legend>
              {t('campaignRecruiter.interviewer.rating', {
                label: competency.label,
                required: competency.requiredLevel,
              })}
            </legend>
            <div className="campaign-choices">
              {RATINGS.map((rating) => {
                const anchor = scale.find((a) => String(a.rating) === rating);
                return (
                  <label className="campaign-choice" key={rating}>
                    <input
                      id={`${prefix}-${competency.skill}-${rating}`}
                      type="radio"
                      value={rating}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      {...register(`ratings.${competency.skill}`)}
                    />
                    <span>
                      {anchor
                        ? t('campaignRecruiter.interviewer.ratingOption', {
                            rating,
                            descriptor: anchor.descriptor,
                          })
                        : rating}
                      {Number(rating) === competency.requiredLevel && (
                        <>
                          {' '}
                          <span className="campaign-required">
                            {t('campaignRecruiter.interviewer.requiredMark')}
                          </span>
                        </>
                      )}
                    </span>
                  </label>
                );
              })}
            </div>
            {error && (
              <p className="field-error" id={errorId}>
                {error.message}
              </p>
            )}
            <div className="campaign-field">
              <label htmlFor={`${prefix}-${competency.skill}-evidence`}>
                {t('campaignRecruiter.interviewer.evidence', { label: competency.label })}
              </label>
              <textarea
                id={`${prefix}-${competency.skill}-evidence`}
                rows={3}
                maxLength={2000}
                {...register(`evidence.${competency.skill}`)}
              />
            </div>
          </fieldset>
        );
      })}
      <fieldset className="campaign-fieldset">
        <legend>{t('campaignRecruiter.interviewer.recommendation')}</legend>
        <div className="campaign-choices">
          {RECOMMENDATIONS.map((recommendation) => (
            <label className="campaign-choice" key={recommendation}>
              <input
                id={`${prefix}-recommendation-${recommendation}`}
                type="radio"
                value={recommendation}
                aria-invalid={errors.recommendation ? true : undefined}
                aria-describedby={
                  errors.recommendation ? `${prefix}-recommendation-error` : undefined
                }
                {...register('recommendation')}
              />
              <span>{t(RECOMMENDATION_KEY[recommendation])}</span>
            </label>
          ))}
        </div>
        {errors.recommendation && (
          <p className="field-error" id={`${prefix}-recommendation-error`}>
            {errors.recommendation.message}
          </p>
        )}
      </fieldset>
      {confirming ? (
        <Confirm
          warning={t('campaignRecruiter.interviewer.submitWarning')}
          confirm={t('campaignRecruiter.interviewer.submitConfirm')}
          cancel={t('campaignRecruiter.cancel')}
          error={failure}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            if (await send(getValues(), true)) setConfirming(false);
          }}
        />
      ) : (
        <div className="campaign-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={formState.isSubmitting}
            onClick={() => {
              mode.current = 'draft';
              void handleSubmit(async (values) => {
                await send(values, false);
              })();
            }}
          >
            {t('campaignRecruiter.interviewer.saveDraft')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              mode.current = 'submit';
              setStatus('');
              void handleSubmit(() => setConfirming(true))();
            }}
          >
            {t('campaignRecruiter.interviewer.submit')}
          </button>
        </div>
      )}
      <p className="campaign-status" role="status">
        {status}
      </p>
      {!confirming && (
        <p className="field-error" role="status">
          {failure}
        </p>
      )}
    </form>
  );
}
