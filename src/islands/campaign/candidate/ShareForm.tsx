import { useState } from 'react';
import type { AssessmentSubmission } from '../../../domain/assessment/index.ts';
import type { InvitationAnswer } from '../../../domain/campaign/api-answers.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { typesetFor } from '../../../domain/text/index.ts';
import ErrorSummary from '../../assessment/ErrorSummary.tsx';
import { rememberItem } from '../../my-items/remember.ts';
import { shareResult } from './api-client.ts';
import { fill } from './messages.ts';
import type { CandidateMessages } from './messages.ts';
import { absoluteLink, shareFieldsFromForm } from './view.ts';
import type { ShareFormValues, ShareProblem } from './view.ts';

/** A share the server accepted: the candidate's id and private link (token in the fragment). */
export interface Shared {
  candidateId: string;
  link: string;
}

interface Props {
  id: string;
  token: string;
  invitation: InvitationAnswer;
  submission: AssessmentSubmission;
  locale: Locale;
  messages: CandidateMessages;
  onShared: (shared: Shared) => void;
}

const FIELD_ID: Record<ShareProblem['field'], string> = {
  shareConsent: 'share-consent',
  displayName: 'share-name',
  email: 'share-email',
};

type Status = 'idle' | 'busy' | 'network' | 'gone' | 'outdated';

/**
 * The explicit, separate consent to share this result with this recruiter (unticked), the
 * optional talent-pool consent (its own box), and an optional name and e-mail. Checked with the
 * endpoint's schema before sending; nothing leaves the browser unless the first box is ticked.
 */
export default function ShareForm(props: Props) {
  const { invitation, locale, messages } = props;
  const { organisation, title } = invitation.campaign;
  const [values, setValues] = useState<ShareFormValues>({
    shareConsent: false,
    talentPoolConsent: false,
    displayName: '',
    email: '',
  });
  const [problems, setProblems] = useState<ShareProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<Status>('idle');
  const say = (key: keyof CandidateMessages, params: Record<string, string | number> = {}) =>
    typesetFor(locale, fill(messages[key], { organisation, job: title, ...params }, locale));
  const problemOf = (field: ShareProblem['field']) => problems.find((p) => p.field === field);
  const errorText = (problem: ShareProblem) =>
    messages[`campaignCandidate.share.error.${problem.message}`];
  const set = <K extends keyof ShareFormValues>(key: K, value: ShareFormValues[K]) => {
    setValues((old) => ({ ...old, [key]: value }));
    // A fixed field loses its message at once; the others keep theirs until the next submit.
    setProblems((old) => old.filter((problem) => problem.field !== key));
  };

  const submit = async () => {
    const checked = shareFieldsFromForm(values, locale);
    setAttempt((n) => n + 1);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setStatus('busy');
    const answer = await shareResult(props.id, props.token, {
      ...checked.fields,
      submission: props.submission,
    });
    if (answer.status === 'ok') {
      const link = absoluteLink(answer.data.link, window.location.origin);
      rememberItem({
        kind: 'campaign-share',
        id: answer.data.id,
        title: say('campaignCandidate.remember.title'),
        link,
      });
      setStatus('idle');
      props.onShared({ candidateId: answer.data.id, link });
      return;
    }
    if (answer.status === 'not-found') return setStatus('gone');
    if (answer.status === 'invalid') {
      const fields = answer.paths.map((path) => path.split('.')[0] ?? '');
      if (fields.includes('submission')) return setStatus('outdated');
      const known = (['shareConsent', 'displayName', 'email'] as const).filter((field) =>
        fields.includes(field),
      );
      if (known.length > 0) {
        setStatus('idle');
        setProblems(
          known.map((field) => ({
            field,
            message: field === 'shareConsent' ? 'consent' : field === 'email' ? 'email' : 'name',
          })),
        );
        return;
      }
      return setStatus(invitation.open ? 'network' : 'gone');
    }
    setStatus('network');
  };

  const consentProblem = problemOf('shareConsent');
  const nameProblem = problemOf('displayName');
  const emailProblem = problemOf('email');
  const statusText = {
    idle: '',
    busy: messages['campaignCandidate.share.sending'],
    network: messages['campaignCandidate.share.error.network'],
    gone: messages['campaignCandidate.share.error.gone'],
    outdated: messages['campaignCandidate.share.error.outdated'],
  }[status];
  return (
    <section className="card campaign-share" aria-labelledby="campaign-share-title">
      <h2 id="campaign-share-title">{say('campaignCandidate.share.title')}</h2>
      <p>{messages['campaignCandidate.share.lead']}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary
          title={messages['campaignCandidate.share.errorsTitle']}
          attempt={attempt}
          entries={problems.map((problem) => ({
            targetId: FIELD_ID[problem.field],
            label: errorText(problem),
          }))}
        />
        <div className="campaign-consent">
          {consentProblem && (
            <p className="field-error" id="share-consent-error">
              {errorText(consentProblem)}
            </p>
          )}
          <label className="assessment-consent">
            <input
              id="share-consent"
              type="checkbox"
              checked={values.shareConsent}
              aria-invalid={consentProblem ? true : undefined}
              aria-describedby={
                consentProblem
                  ? 'share-consent-error share-consent-version'
                  : 'share-consent-version'
              }
              onChange={(event) => set('shareConsent', event.target.checked)}
            />
            <span>{say('campaignCandidate.share.consent.label')}</span>
          </label>
          <p className="hint" id="share-consent-version">
            {fill(messages['campaignCandidate.share.version'], {
              version: invitation.consentVersions.share,
            })}
          </p>
        </div>
        <div className="campaign-consent">
          <label className="assessment-consent">
            <input
              id="share-talent-pool"
              type="checkbox"
              checked={values.talentPoolConsent}
              aria-describedby="share-talent-pool-version"
              onChange={(event) => set('talentPoolConsent', event.target.checked)}
            />
            <span>
              {say('campaignCandidate.share.talentPool.label', {
                months: invitation.retention.talentPool.months,
              })}
            </span>
          </label>
          <p className="hint" id="share-talent-pool-version">
            {fill(messages['campaignCandidate.share.version'], {
              version: invitation.consentVersions.talentPool,
            })}
          </p>
        </div>
        <fieldset className="campaign-identity">
          <legend>{messages['campaignCandidate.share.identity.legend']}</legend>
          <div className="assessment-field">
            <label htmlFor="share-name">{messages['campaignCandidate.share.name.label']}</label>
            <p className="hint" id="share-name-hint">
              {messages['campaignCandidate.share.name.hint']}
            </p>
            {nameProblem && (
              <p className="field-error" id="share-name-error">
                {errorText(nameProblem)}
              </p>
            )}
            <input
              id="share-name"
              type="text"
              autoComplete="name"
              maxLength={120}
              value={values.displayName}
              aria-invalid={nameProblem ? true : undefined}
              aria-describedby={
                nameProblem ? 'share-name-hint share-name-error' : 'share-name-hint'
              }
              onChange={(event) => set('displayName', event.target.value)}
            />
          </div>
          <div className="assessment-field">
            <label htmlFor="share-email">{messages['campaignCandidate.share.email.label']}</label>
            <p className="hint" id="share-email-hint">
              {messages['campaignCandidate.share.email.hint']}
            </p>
            {emailProblem && (
              <p className="field-error" id="share-email-error">
                {errorText(emailProblem)}
              </p>
            )}
            <input
              id="share-email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              maxLength={254}
              value={values.email}
              aria-invalid={emailProblem ? true : undefined}
              aria-describedby={
                emailProblem ? 'share-email-hint share-email-error' : 'share-email-hint'
              }
              onChange={(event) => set('email', event.target.value)}
            />
          </div>
        </fieldset>
        <div className="assessment-actions">
          <button type="submit" className="button" disabled={status === 'busy' || !invitation.open}>
            {messages['campaignCandidate.share.submit']}
          </button>
        </div>
        <p role="status" className={status === 'busy' ? 'hint' : 'field-error'}>
          {statusText}
        </p>
      </form>
    </section>
  );
}
