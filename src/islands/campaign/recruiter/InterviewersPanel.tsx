import '../../zod-jitless.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { InterviewerSummary } from '../../../domain/campaign/api-answers.ts';
import { AddInterviewerRequestSchema } from '../../../domain/campaign/requests.ts';
import type { AddInterviewerRequest } from '../../../domain/campaign/requests.ts';
import { addInterviewer, removeInterviewer } from './api-client.ts';
import type { Translate } from './messages.ts';
import { absoluteLink, Confirm, CopyField } from './parts.tsx';

interface Props {
  campaignId: string;
  token: string;
  interviewers: InterviewerSummary[];
  t: Translate;
  /** Reloads the recruiter's view after a change. */
  onChanged: () => Promise<void>;
}

/**
 * The interviewers: each with the scorecards they submitted and a « remove » (confirmed); a form
 * adds one and shows their private link once, with a copy button.
 */
export default function InterviewersPanel({
  campaignId,
  token,
  interviewers,
  t,
  onChanged,
}: Props) {
  const [added, setAdded] = useState<{ label: string; link: string } | undefined>(undefined);
  const [removing, setRemoving] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const form = useForm<AddInterviewerRequest, unknown, AddInterviewerRequest>({
    resolver: zodResolver(AddInterviewerRequestSchema),
    defaultValues: { label: '' },
  });
  const { register, handleSubmit, formState, reset } = form;
  const labelError = formState.errors.label;

  const add = handleSubmit(async (values) => {
    setFailure('');
    const answer = await addInterviewer(campaignId, token, values);
    if (answer.status !== 'ok') {
      setFailure(t('campaignRecruiter.interviewers.failed'));
      return;
    }
    setAdded({ label: answer.data.label, link: absoluteLink(answer.data.link) });
    reset({ label: '' });
    await onChanged();
  });

  return (
    <section aria-labelledby="campaign-interviewers-title">
      <h2 id="campaign-interviewers-title" tabIndex={-1}>
        {t('campaignRecruiter.interviewers.title')}
      </h2>
      <p>{t('campaignRecruiter.interviewers.lead')}</p>
      {interviewers.length === 0 ? (
        <p>{t('campaignRecruiter.interviewers.none')}</p>
      ) : (
        <ul className="campaign-list">
          {interviewers.map((interviewer) => (
            <li key={interviewer.id}>
              <div className="campaign-list__row">
                <p>
                  <strong>{interviewer.label}</strong>
                  {' · '}
                  {t('campaignRecruiter.interviewers.submitted', { n: interviewer.submitted })}
                </p>
                {removing !== interviewer.id && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setRemoving(interviewer.id)}
                  >
                    {t('campaignRecruiter.interviewers.remove', { label: interviewer.label })}
                  </button>
                )}
              </div>
              {removing === interviewer.id && (
                <Confirm
                  warning={t('campaignRecruiter.interviewers.removeWarning', {
                    label: interviewer.label,
                  })}
                  confirm={t('campaignRecruiter.interviewers.removeConfirm')}
                  cancel={t('campaignRecruiter.cancel')}
                  danger
                  error={failure}
                  onCancel={() => setRemoving(undefined)}
                  onConfirm={async () => {
                    const answer = await removeInterviewer(campaignId, token, interviewer.id);
                    if (answer.status !== 'ok') {
                      setFailure(t('campaignRecruiter.interviewers.failed'));
                      return;
                    }
                    setRemoving(undefined);
                    setStatus(
                      t('campaignRecruiter.interviewers.removed', { label: interviewer.label }),
                    );
                    await onChanged();
                    document.getElementById('campaign-interviewers-title')?.focus();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="campaign-status" role="status">
        {status}
      </p>
      {added && (
        <CopyField
          label={t('campaignRecruiter.interviewers.added', { label: added.label })}
          value={added.link}
          copyText={t('campaignRecruiter.copy')}
          copyLabel={t('campaignRecruiter.copyLabel', {
            what: t('campaignRecruiter.interviewers.added', { label: added.label }),
          })}
          copied={t('campaignRecruiter.copied')}
          copyFailed={t('campaignRecruiter.copyFailed')}
        />
      )}
      <form className="campaign-form" noValidate onSubmit={(event) => void add(event)}>
        <div className="campaign-field">
          <label htmlFor="campaign-interviewer-label">
            {t('campaignRecruiter.interviewers.label')}
          </label>
          <p className="hint" id="campaign-interviewer-hint">
            {t('campaignRecruiter.interviewers.labelHint')}
          </p>
          <div className="campaign-copy__row">
            <input
              id="campaign-interviewer-label"
              type="text"
              autoComplete="off"
              aria-invalid={labelError ? true : undefined}
              aria-describedby={
                labelError
                  ? 'campaign-interviewer-hint campaign-interviewer-error'
                  : 'campaign-interviewer-hint'
              }
              {...register('label')}
            />
            <button type="submit" className="button" disabled={formState.isSubmitting}>
              {t('campaignRecruiter.interviewers.add')}
            </button>
          </div>
          {labelError && (
            <p className="field-error" id="campaign-interviewer-error">
              {t('campaignRecruiter.interviewers.labelRequired')}
            </p>
          )}
        </div>
        {!removing && (
          <p className="field-error" role="status">
            {failure}
          </p>
        )}
      </form>
    </section>
  );
}
