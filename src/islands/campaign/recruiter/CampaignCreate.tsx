import '../../zod-jitless.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type {
  CreateCampaignAnswer,
  ModelCompetencyView,
} from '../../../domain/campaign/api-answers.ts';
import { CreateCampaignRequestSchema } from '../../../domain/campaign/requests.ts';
import {
  CAMPAIGN_DEFAULT_MONTHS,
  CAMPAIGN_MAX_MONTHS,
  campaignEndsOnSchema,
  defaultEndsOn,
  latestEndsOn,
} from '../../../domain/campaign/end.ts';
import { utcDay } from '../../../domain/campaign/calendar.ts';
import { campaignRetentionInputSchema } from '../../../domain/campaign/retention.ts';
import type { RetentionFile } from '../../../domain/content/interview.ts';
import { formatDate } from '../../../domain/text/index.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { findItem, rememberItem } from '../../my-items/remember.ts';
import { createCampaign, tokenFromHash } from './api-client.ts';
import type { Messages } from './messages.ts';
import { translatorOf } from './messages.ts';
import { absoluteLink, CopyField } from './parts.tsx';
import './campaign-recruiter.css';

interface Props {
  locale: Locale;
  messages: Messages;
  jobId: string;
  jobTitle: string;
  /** The company named in the job description: the organisation field's first value. */
  organisation: string;
  /** The job's competencies, savoir-être and savoir-agir first. */
  model: ModelCompetencyView[];
  /** Labels of the tools the job requires. */
  tools: string[];
  /** The retention rules (CNIL defaults and maxima, with their source). */
  rules: RetentionFile;
}

/** The job description's edit token: the fragment, else this browser's « my items » link. */
function jobToken(jobId: string): string {
  const fromHash = tokenFromHash();
  if (fromHash) return fromHash;
  const link = findItem('job-description', jobId)?.link;
  if (!link) return '';
  try {
    return tokenFromHash(new URL(link, window.location.origin).hash);
  } catch {
    return '';
  }
}

/**
 * Creates a campaign from a saved job description: shows the competency model it will use, asks
 * for the organisation's name and the retention (bounded by the CNIL maxima, shown), then gives
 * the private recruiter link and the candidates' invitation link, remembered on this device.
 */
export default function CampaignCreate({
  locale,
  messages,
  jobId,
  jobTitle,
  organisation,
  model,
  tools,
  rules,
}: Props) {
  const t = useMemo(() => translatorOf(locale, messages), [locale, messages]);
  // Today as the browser sees it (UTC days, as the server counts): the bounds of the last day.
  const [now] = useState(() => new Date());
  const schema = useMemo(
    () =>
      CreateCampaignRequestSchema.pick({ organisation: true }).extend({
        retention: campaignRetentionInputSchema(rules),
        endsOn: campaignEndsOnSchema(now),
      }),
    [rules, now],
  );
  const [token, setToken] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState<CreateCampaignAnswer | undefined>(undefined);
  const [failure, setFailure] = useState('');
  const createdHeading = useRef<HTMLHeadingElement>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      organisation,
      endsOn: defaultEndsOn(now),
      retention: {
        notHiredMonths: rules.notHired.defaultMonths,
        talentPoolMonths: rules.talentPool.defaultMonths,
      },
    },
  });
  const { register, handleSubmit, formState, setError } = form;
  const { errors, isSubmitting } = formState;

  useEffect(() => {
    // The token is in the URL fragment, which only the browser sees: known after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, see above
    setToken(jobToken(jobId));
  }, [jobId]);

  useEffect(() => {
    if (created) createdHeading.current?.focus();
  }, [created]);

  const submit = handleSubmit(async (values) => {
    setFailure('');
    const answer = await createCampaign({ jobId, locale, ...values }, token ?? '');
    if (answer.status === 'ok') {
      rememberItem({
        kind: 'campaign',
        id: answer.data.id,
        title: t('campaignRecruiter.myItems.title', {
          title: jobTitle,
          organisation: values.organisation,
        }),
        link: absoluteLink(answer.data.recruiterLink),
      });
      setCreated(answer.data);
      return;
    }
    if (answer.status === 'not-found') {
      setFailure(t('campaignRecruiter.new.forbidden'));
      return;
    }
    if (answer.status === 'refused') {
      for (const issue of answer.issues) {
        if (issue.path === 'organisation') setError('organisation', { message: issue.message });
        else if (issue.path === 'endsOn') setError('endsOn', { message: issue.message });
        else if (
          issue.path === 'retention.notHiredMonths' ||
          issue.path === 'retention.talentPoolMonths'
        ) {
          setError(issue.path, { message: issue.message });
        }
      }
    }
    setFailure(t('campaignRecruiter.new.failed'));
  });

  if (created) {
    const recruiter = absoluteLink(created.recruiterLink);
    const invitation = absoluteLink(created.invitationLink);
    const copy = {
      copyText: t('campaignRecruiter.copy'),
      copied: t('campaignRecruiter.copied'),
      copyFailed: t('campaignRecruiter.copyFailed'),
    };
    return (
      <section className="card campaign-created" aria-labelledby="campaign-created-title">
        <h2 id="campaign-created-title" tabIndex={-1} ref={createdHeading}>
          {t('campaignRecruiter.new.created.title')}
        </h2>
        <p>{t('campaignRecruiter.new.created.lead')}</p>
        <CopyField
          label={t('campaignRecruiter.new.recruiterLink')}
          hint={t('campaignRecruiter.new.recruiterLinkHint')}
          value={recruiter}
          copyLabel={t('campaignRecruiter.copyLabel', {
            what: t('campaignRecruiter.new.recruiterLink'),
          })}
          {...copy}
        />
        <CopyField
          label={t('campaignRecruiter.new.invitationLink')}
          hint={t('campaignRecruiter.new.invitationLinkHint')}
          value={invitation}
          copyLabel={t('campaignRecruiter.copyLabel', {
            what: t('campaignRecruiter.new.invitationLink'),
          })}
          {...copy}
        />
        <p>
          <a className="button" href={created.recruiterLink}>
            {t('campaignRecruiter.new.open')}
          </a>
        </p>
      </section>
    );
  }

  const errorCount =
    Object.keys(errors.retention ?? {}).length +
    (errors.organisation ? 1 : 0) +
    (errors.endsOn ? 1 : 0);
  const fieldError = (id: string, message: string | undefined) =>
    message ? (
      <p className="field-error" id={id}>
        {message}
      </p>
    ) : null;
  const bounds = (rule: RetentionFile['notHired']) =>
    t('campaignRecruiter.new.bounds', {
      default: rule.defaultMonths,
      max: rule.maxMonths,
      from: rule.from[locale],
      source: rule.source.name,
      year: rule.source.year,
    });
  const monthsMessage = (max: number, message: string | undefined) =>
    message === undefined ? undefined : t('campaignRecruiter.new.monthsRange', { max });

  return (
    <div className="campaign-create">
      <section aria-labelledby="campaign-model-title">
        <h2 id="campaign-model-title">{t('campaignRecruiter.new.model.title')}</h2>
        <p>{t('campaignRecruiter.new.model.lead')}</p>
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="campaign-model-caption"
          tabIndex={0}
        >
          <table className="campaign-table">
            <caption id="campaign-model-caption">
              {t('campaignRecruiter.new.model.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('campaignRecruiter.new.model.competency')}</th>
                <th scope="col">{t('campaignRecruiter.new.model.kind')}</th>
                <th scope="col">{t('campaignRecruiter.new.model.required')}</th>
                <th scope="col">{t('campaignRecruiter.new.model.weight')}</th>
              </tr>
            </thead>
            <tbody>
              {model.map((competency) => (
                <tr key={competency.skill}>
                  <th scope="row">{competency.label}</th>
                  <td>
                    {competency.kind === 'soft'
                      ? t('campaignRecruiter.kind.soft')
                      : t('campaignRecruiter.kind.knowHow')}
                  </td>
                  <td>{t('campaignRecruiter.level', { level: competency.requiredLevel })}</td>
                  <td>
                    {competency.weight === 'mandatory'
                      ? t('campaignRecruiter.weight.mandatory')
                      : t('campaignRecruiter.weight.relative')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {tools.length > 0 && (
          <p className="hint">
            {t('campaignRecruiter.new.model.tools', { tools: tools.join(', ') })}
          </p>
        )}
      </section>

      {token === '' && (
        <p className="card campaign-notice" role="status">
          {t('campaignRecruiter.new.tokenMissing')}
        </p>
      )}

      <form className="campaign-form" noValidate onSubmit={(event) => void submit(event)}>
        {errorCount > 0 && (
          <div className="campaign-error-summary" role="alert">
            <p>{t('campaignRecruiter.new.errorSummary', { count: errorCount })}</p>
          </div>
        )}
        <div className="campaign-field">
          <label htmlFor="campaign-organisation">{t('campaignRecruiter.new.organisation')}</label>
          <p className="hint" id="campaign-organisation-hint">
            {t('campaignRecruiter.new.organisationHint')}
          </p>
          <input
            id="campaign-organisation"
            type="text"
            autoComplete="organization"
            aria-invalid={errors.organisation ? true : undefined}
            aria-describedby={
              errors.organisation
                ? 'campaign-organisation-hint campaign-organisation-error'
                : 'campaign-organisation-hint'
            }
            {...register('organisation')}
          />
          {fieldError(
            'campaign-organisation-error',
            errors.organisation && t('campaignRecruiter.new.organisationRequired'),
          )}
        </div>
        <div className="campaign-field">
          <label htmlFor="campaign-ends-on">{t('campaignRecruiter.end.label')}</label>
          <p className="hint" id="campaign-ends-on-hint">
            {t('campaignRecruiter.end.hint', {
              default: CAMPAIGN_DEFAULT_MONTHS,
              max: CAMPAIGN_MAX_MONTHS,
            })}
          </p>
          <input
            id="campaign-ends-on"
            type="date"
            className="campaign-date"
            min={utcDay(now)}
            max={latestEndsOn(now)}
            aria-invalid={errors.endsOn ? true : undefined}
            aria-describedby={
              errors.endsOn
                ? 'campaign-ends-on-hint campaign-ends-on-error'
                : 'campaign-ends-on-hint'
            }
            {...register('endsOn')}
          />
          {fieldError(
            'campaign-ends-on-error',
            errors.endsOn &&
              t('campaignRecruiter.end.range', {
                min: formatDate(utcDay(now), locale),
                max: formatDate(latestEndsOn(now), locale),
              }),
          )}
        </div>
        <fieldset className="campaign-fieldset">
          <legend>{t('campaignRecruiter.new.retention.title')}</legend>
          <p className="hint">{t('campaignRecruiter.new.retention.lead')}</p>
          {(
            [
              ['notHiredMonths', 'campaignRecruiter.new.notHired', rules.notHired],
              ['talentPoolMonths', 'campaignRecruiter.new.talentPool', rules.talentPool],
            ] as const
          ).map(([field, label, rule]) => {
            const error = monthsMessage(rule.maxMonths, errors.retention?.[field]?.message);
            return (
              <div className="campaign-field" key={field}>
                <label htmlFor={`campaign-${field}`}>{t(label)}</label>
                <p className="hint" id={`campaign-${field}-hint`}>
                  {bounds(rule)}
                </p>
                <input
                  id={`campaign-${field}`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={rule.maxMonths}
                  step={1}
                  className="campaign-months"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={
                    error
                      ? `campaign-${field}-hint campaign-${field}-error`
                      : `campaign-${field}-hint`
                  }
                  {...register(`retention.${field}`, { valueAsNumber: true })}
                />
                {fieldError(`campaign-${field}-error`, error)}
              </div>
            );
          })}
        </fieldset>
        <div className="campaign-actions">
          <button type="submit" className="button" disabled={isSubmitting || !token}>
            {isSubmitting ? t('campaignRecruiter.new.creating') : t('campaignRecruiter.new.submit')}
          </button>
        </div>
        <p className="field-error" role="status">
          {failure}
        </p>
      </form>
    </div>
  );
}
