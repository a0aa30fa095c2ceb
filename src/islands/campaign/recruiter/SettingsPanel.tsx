import '../../zod-jitless.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { RecruiterCampaignAnswer } from '../../../domain/campaign/api-answers.ts';
import { EndsOnSchema, RetentionPatchSchema } from '../../../domain/campaign/requests.ts';
import { formatDate } from '../../../domain/text/index.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { deleteCampaign, replaceInvitation, updateCampaign } from './api-client.ts';
import type { Translate } from './messages.ts';
import { absoluteLink, Confirm, CopyField } from './parts.tsx';

interface Props {
  answer: RecruiterCampaignAnswer;
  token: string;
  locale: Locale;
  t: Translate;
  /** Called after a change the server accepted (the view reloads with its own sort and filter). */
  onUpdated: (answer: RecruiterCampaignAnswer) => void;
  onReload: () => Promise<void>;
  onDeleted: () => void;
}

type Pending = 'invitation' | 'close' | 'delete' | undefined;

/**
 * The campaign's invitation link (replace it), its retention (within the CNIL maxima, shown), and
 * its end: close (or reopen) and delete, each after a confirmation.
 */
export default function SettingsPanel({
  answer,
  token,
  locale,
  t,
  onUpdated,
  onReload,
  onDeleted,
}: Props) {
  const id = answer.campaign.id;
  const { notHired, talentPool } = answer.retention;
  const { end } = answer;
  const [pending, setPending] = useState<Pending>(undefined);
  const [invitationLink, setInvitationLink] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const schema = useMemo(
    () =>
      // The PATCH body's retention, with the bounds this campaign's answer states (CNIL maxima).
      z.object({
        retention: RetentionPatchSchema.extend({
          notHiredMonths: z.number().int().min(1).max(notHired.maxMonths),
          talentPoolMonths: z.number().int().min(1).max(talentPool.maxMonths),
        }),
      }),
    [notHired.maxMonths, talentPool.maxMonths],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      retention: { notHiredMonths: notHired.months, talentPoolMonths: talentPool.months },
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors.retention;

  const endForm = useForm<{ endsOn: string }>({
    resolver: zodResolver(
      z.object({
        endsOn: EndsOnSchema.refine((day) => day >= end.earliestEndsOn && day <= end.latestEndsOn),
      }),
    ),
    defaultValues: { endsOn: end.endsOn },
  });
  const endError = endForm.formState.errors.endsOn;
  const saveEnd = endForm.handleSubmit(async ({ endsOn }) => {
    setStatus('');
    setFailure('');
    const result = await updateCampaign(id, token, { endsOn });
    if (result.status !== 'ok') {
      setFailure(t('campaignRecruiter.settings.failed'));
      return;
    }
    onUpdated(result.data);
    setStatus(t('campaignRecruiter.end.saved'));
  });

  const saveRetention = handleSubmit(async (values) => {
    setStatus('');
    setFailure('');
    const result = await updateCampaign(id, token, { retention: values.retention });
    if (result.status !== 'ok') {
      setFailure(t('campaignRecruiter.settings.failed'));
      return;
    }
    onUpdated(result.data);
    setStatus(t('campaignRecruiter.settings.saved'));
  });

  const periods = [
    ['notHiredMonths', 'campaignRecruiter.new.notHired', notHired],
    ['talentPoolMonths', 'campaignRecruiter.new.talentPool', talentPool],
  ] as const;
  const closed = answer.end.ended;

  return (
    <>
      <section aria-labelledby="campaign-invitation-title">
        <h2 id="campaign-invitation-title">{t('campaignRecruiter.invitation.title')}</h2>
        <p>{t('campaignRecruiter.invitation.lead')}</p>
        <p>
          {answer.invitation.status === 'closed'
            ? t('campaignRecruiter.invitation.closed')
            : t('campaignRecruiter.invitation.since', {
                date: formatDate(answer.invitation.createdAt, locale),
              })}
        </p>
        {invitationLink && (
          <CopyField
            label={t('campaignRecruiter.invitation.new')}
            value={invitationLink}
            copyText={t('campaignRecruiter.copy')}
            copyLabel={t('campaignRecruiter.copyLabel', {
              what: t('campaignRecruiter.invitation.new'),
            })}
            copied={t('campaignRecruiter.copied')}
            copyFailed={t('campaignRecruiter.copyFailed')}
          />
        )}
        {pending === 'invitation' ? (
          <Confirm
            warning={t('campaignRecruiter.invitation.replaceWarning')}
            confirm={t('campaignRecruiter.invitation.replaceConfirm')}
            cancel={t('campaignRecruiter.cancel')}
            error={failure}
            onCancel={() => setPending(undefined)}
            onConfirm={async () => {
              const result = await replaceInvitation(id, token);
              if (result.status !== 'ok') {
                setFailure(t('campaignRecruiter.invitation.failed'));
                return;
              }
              setPending(undefined);
              setInvitationLink(absoluteLink(result.data.invitationLink));
              await onReload();
            }}
          />
        ) : (
          <div className="campaign-actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setFailure('');
                setPending('invitation');
              }}
            >
              {t('campaignRecruiter.invitation.replace')}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="campaign-settings-title">
        <h2 id="campaign-settings-title">{t('campaignRecruiter.settings.title')}</h2>
        <p>
          {end.ended
            ? t('campaignRecruiter.end.ended', { date: formatDate(end.endsOn, locale) })
            : t('campaignRecruiter.end.open', { date: formatDate(end.endsOn, locale) })}{' '}
          {t('campaignRecruiter.end.deletion', { date: formatDate(end.deletionDate, locale) })}
        </p>
        {!end.ended && (
          <form className="campaign-form" noValidate onSubmit={(event) => void saveEnd(event)}>
            <div className="campaign-field">
              <label htmlFor="campaign-set-ends-on">{t('campaignRecruiter.end.label')}</label>
              <p className="hint" id="campaign-set-ends-on-hint">
                {t('campaignRecruiter.end.hint', {
                  default: end.defaultMonths,
                  max: end.maxMonths,
                })}
              </p>
              <div className="campaign-copy__row">
                <input
                  id="campaign-set-ends-on"
                  type="date"
                  className="campaign-date"
                  min={end.earliestEndsOn}
                  max={end.latestEndsOn}
                  aria-invalid={endError ? true : undefined}
                  aria-describedby={
                    endError
                      ? 'campaign-set-ends-on-hint campaign-set-ends-on-error'
                      : 'campaign-set-ends-on-hint'
                  }
                  {...endForm.register('endsOn')}
                />
                <button type="submit" className="button button--secondary">
                  {t('campaignRecruiter.end.save')}
                </button>
              </div>
              {endError && (
                <p className="field-error" id="campaign-set-ends-on-error">
                  {t('campaignRecruiter.end.range', {
                    min: formatDate(end.earliestEndsOn, locale),
                    max: formatDate(end.latestEndsOn, locale),
                  })}
                </p>
              )}
            </div>
          </form>
        )}
        <form className="campaign-form" noValidate onSubmit={(event) => void saveRetention(event)}>
          <fieldset className="campaign-fieldset">
            <legend>{t('campaignRecruiter.new.retention.title')}</legend>
            <p className="hint">{t('campaignRecruiter.new.retention.lead')}</p>
            {periods.map(([field, label, period]) => {
              const error = errors?.[field];
              return (
                <div className="campaign-field" key={field}>
                  <label htmlFor={`campaign-set-${field}`}>{t(label)}</label>
                  <p className="hint" id={`campaign-set-${field}-hint`}>
                    {t('campaignRecruiter.new.bounds', {
                      default: period.defaultMonths,
                      max: period.maxMonths,
                      from: period.from,
                      source: period.source.name,
                      year: period.source.year,
                    })}
                  </p>
                  <input
                    id={`campaign-set-${field}`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={period.maxMonths}
                    step={1}
                    className="campaign-months"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={
                      error
                        ? `campaign-set-${field}-hint campaign-set-${field}-error`
                        : `campaign-set-${field}-hint`
                    }
                    {...register(`retention.${field}`, { valueAsNumber: true })}
                  />
                  {error && (
                    <p className="field-error" id={`campaign-set-${field}-error`}>
                      {t('campaignRecruiter.new.monthsRange', { max: period.maxMonths })}
                    </p>
                  )}
                </div>
              );
            })}
            <div className="campaign-actions">
              <button type="submit" className="button button--secondary">
                {t('campaignRecruiter.settings.save')}
              </button>
            </div>
          </fieldset>
        </form>
        <p className="campaign-status" role="status">
          {status}
        </p>

        {pending === 'close' ? (
          <Confirm
            warning={t('campaignRecruiter.settings.closeWarning')}
            confirm={t('campaignRecruiter.settings.closeConfirm')}
            cancel={t('campaignRecruiter.cancel')}
            error={failure}
            onCancel={() => setPending(undefined)}
            onConfirm={async () => {
              const result = await updateCampaign(id, token, { closed: true });
              if (result.status !== 'ok') {
                setFailure(t('campaignRecruiter.settings.failed'));
                return;
              }
              setPending(undefined);
              onUpdated(result.data);
            }}
          />
        ) : pending === 'delete' ? (
          <Confirm
            warning={t('campaignRecruiter.settings.deleteWarning')}
            confirm={t('campaignRecruiter.settings.deleteConfirm')}
            cancel={t('campaignRecruiter.cancel')}
            danger
            error={failure}
            onCancel={() => setPending(undefined)}
            onConfirm={async () => {
              const result = await deleteCampaign(id, token);
              if (result.status !== 'ok') {
                setFailure(t('campaignRecruiter.interviewers.failed'));
                return;
              }
              onDeleted();
            }}
          />
        ) : (
          <div className="campaign-actions">
            {closed ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  void updateCampaign(id, token, { closed: false }).then((result) => {
                    if (result.status === 'ok') onUpdated(result.data);
                    else setFailure(t('campaignRecruiter.settings.failed'));
                  });
                }}
              >
                {t('campaignRecruiter.settings.reopen')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setFailure('');
                  setPending('close');
                }}
              >
                {t('campaignRecruiter.settings.close')}
              </button>
            )}
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setFailure('');
                setPending('delete');
              }}
            >
              {t('campaignRecruiter.settings.delete')}
            </button>
          </div>
        )}
        {!pending && (
          <p className="field-error" role="status">
            {failure}
          </p>
        )}
      </section>
    </>
  );
}
