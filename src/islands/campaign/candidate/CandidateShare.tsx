import { useEffect, useRef, useState } from 'react';
import type { CandidateAnswer } from '../../../domain/campaign/api-answers.ts';
import { formatDate, typesetFor } from '../../../domain/text/index.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { forgetItem } from '../../my-items/remember.ts';
import { fetchShare, updateTalentPool, withdrawShare } from './api-client.ts';
import FitTable from './FitTable.tsx';
import { fill } from './messages.ts';
import type { CandidateMessages } from './messages.ts';
import { forgetShared } from './share-storage.ts';
import { useReloadOnHashChange } from './use-hash-reload.ts';
import { fitRowsFromShare, tokenFromHash } from './view.ts';
import '../../assessment/assessment.css';
import './candidate.css';

interface Props {
  id: string;
  candidateId: string;
  locale: Locale;
  messages: CandidateMessages;
  /** Flag names (« Réponses qui se contredisent »…) by kind, from the campaign strings. */
  flagNames: Record<'inconsistent' | 'too-good' | 'careless', string>;
  homeHref: string;
}

type State =
  | { status: 'loading' | 'missing-token' | 'not-found' | 'error' }
  | { status: 'withdrawn'; organisation: string }
  | { status: 'ok'; token: string; answer: CandidateAnswer };

/**
 * The candidate's private page: what is shared and with whom, their result as the recruiter sees
 * it, the talent-pool consent on or off, and withdrawing the share (with a confirmation; at once,
 * and the page then says it is gone).
 */
export default function CandidateShare(props: Props) {
  const { id, candidateId, locale, messages } = props;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [poolNotice, setPoolNotice] = useState<{ text: string; error: boolean }>({
    text: '',
    error: false,
  });
  const [withdrawFailed, setWithdrawFailed] = useState(false);
  const top = useRef<HTMLDivElement>(null);

  useReloadOnHashChange();
  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (!token) {
      // The token is in the URL fragment, which only the browser sees: known after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, see above
      setState({ status: 'missing-token' });
      return;
    }
    void fetchShare(id, candidateId, token).then((answer) =>
      setState(
        answer.status === 'ok'
          ? { status: 'ok', token, answer: answer.data }
          : { status: answer.status === 'not-found' ? 'not-found' : 'error' },
      ),
    );
  }, [id, candidateId]);

  useEffect(() => {
    if (state.status === 'withdrawn') top.current?.focus();
  }, [state.status]);

  if (state.status !== 'ok') {
    const text =
      state.status === 'withdrawn'
        ? typesetFor(
            locale,
            fill(messages['campaignCandidate.private.withdrawn'], {
              organisation: state.organisation,
            }),
          )
        : {
            loading: messages['campaignCandidate.private.loading'],
            'missing-token': messages['campaignCandidate.private.missingToken'],
            'not-found': messages['campaignCandidate.private.notFound'],
            error: messages['campaignCandidate.private.error'],
          }[state.status];
    return (
      <div className="card campaign-notice-status" ref={top} tabIndex={-1}>
        <p role="status">{text}</p>
        {state.status !== 'loading' && (
          <p>
            <a href={props.homeHref}>{messages['campaignCandidate.private.home']}</a>
          </p>
        )}
      </div>
    );
  }

  const { answer, token } = state;
  const { campaign, share } = answer;
  const say = (key: keyof CandidateMessages, params: Record<string, string | number> = {}) =>
    typesetFor(
      locale,
      fill(
        messages[key],
        { organisation: campaign.organisation, job: campaign.title, ...params },
        locale,
      ),
    );
  const date = (iso: string) => formatDate(iso, locale);
  const none = messages['campaignCandidate.private.shared.none'];
  const inPool = share.talentPoolConsent !== null;
  const cautions = [...new Set(share.flags.map((flag) => props.flagNames[flag.kind]))];

  const toggleTalentPool = async () => {
    setBusy(true);
    const next = await updateTalentPool(id, candidateId, token, !inPool);
    setBusy(false);
    if (next.status === 'ok') {
      setState({ status: 'ok', token, answer: next.data });
      setPoolNotice({
        text: messages[
          !inPool
            ? 'campaignCandidate.private.talentPool.joined'
            : 'campaignCandidate.private.talentPool.left'
        ],
        error: false,
      });
    } else if (next.status === 'not-found') setState({ status: 'not-found' });
    else
      setPoolNotice({ text: messages['campaignCandidate.private.talentPool.error'], error: true });
  };

  const withdraw = async () => {
    setBusy(true);
    const gone = await withdrawShare(id, candidateId, token);
    setBusy(false);
    if (gone) {
      forgetItem('campaign-share', candidateId);
      forgetShared(id);
      setState({ status: 'withdrawn', organisation: campaign.organisation });
      window.scrollTo({ top: 0 });
    } else setWithdrawFailed(true);
  };

  return (
    <div className="campaign-private">
      <section className="card" aria-labelledby="private-shared">
        <h2 id="private-shared">{messages['campaignCandidate.private.shared.title']}</h2>
        <dl className="campaign-facts">
          <dt>{messages['campaignCandidate.private.shared.organisation']}</dt>
          <dd>{typesetFor(locale, campaign.organisation)}</dd>
          <dt>{messages['campaignCandidate.private.shared.job']}</dt>
          <dd>{typesetFor(locale, campaign.title)}</dd>
          <dt>{messages['campaignCandidate.private.shared.sharedAt']}</dt>
          <dd>{date(share.sharedAt)}</dd>
          <dt>{messages['campaignCandidate.private.shared.name']}</dt>
          <dd>{share.displayName ?? none}</dd>
          <dt>{messages['campaignCandidate.private.shared.email']}</dt>
          <dd>{share.email ?? none}</dd>
          <dt>{messages['campaignCandidate.private.shared.consent']}</dt>
          <dd>
            {say('campaignCandidate.private.shared.consentValue', {
              date: date(share.consent.givenAt),
              version: share.consent.textVersion,
            })}
          </dd>
          <dt>{messages['campaignCandidate.private.shared.retention']}</dt>
          <dd>
            {say('campaignCandidate.notice.retention.notHired', {
              months: answer.retention.notHired.months,
              from: answer.retention.notHired.from,
            })}
            {share.deletionDate && (
              <>
                {' '}
                {say('campaignCandidate.private.shared.deletion', {
                  date: date(share.deletionDate),
                })}
              </>
            )}
          </dd>
        </dl>
        {!share.revealed && (
          <p className="hint">{messages['campaignCandidate.private.shared.anonymous']}</p>
        )}
      </section>

      <section className="card" aria-labelledby="private-result">
        <h2 id="private-result">{messages['campaignCandidate.private.result.title']}</h2>
        <p>
          {say('campaignCandidate.private.result.confidence', {
            level: messages[`campaignCandidate.private.result.confidence.${share.confidence}`],
          })}
        </p>
        <p>
          {cautions.length > 0
            ? say('campaignCandidate.private.result.cautions', {
                list: cautions.join(locale === 'fr' ? ' ; ' : '; '),
              })
            : messages['campaignCandidate.private.result.noCautions']}
        </p>
        <FitTable
          rows={fitRowsFromShare(share.competencies)}
          fit={share.fit}
          shared
          locale={locale}
          messages={messages}
        />
      </section>

      <section className="card" aria-labelledby="private-pool">
        <h2 id="private-pool">{messages['campaignCandidate.private.talentPool.title']}</h2>
        <p>
          {share.talentPoolConsent
            ? say('campaignCandidate.private.talentPool.on', {
                date: date(share.talentPoolConsent.givenAt),
              })
            : say('campaignCandidate.private.talentPool.off')}
        </p>
        <div className="assessment-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void toggleTalentPool()}
          >
            {
              messages[
                inPool
                  ? 'campaignCandidate.private.talentPool.leave'
                  : 'campaignCandidate.private.talentPool.join'
              ]
            }
          </button>
        </div>
        <p role="status" className={poolNotice.error ? 'field-error' : 'hint'}>
          {poolNotice.text}
        </p>
      </section>

      <section className="card" aria-labelledby="private-withdraw">
        <h2 id="private-withdraw">{messages['campaignCandidate.private.withdraw.title']}</h2>
        <p>{say('campaignCandidate.private.withdraw.body')}</p>
        {!confirming ? (
          <div className="assessment-actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => setConfirming(true)}
            >
              {messages['campaignCandidate.private.withdraw.button']}
            </button>
          </div>
        ) : (
          <div
            className="assessment-caution"
            role="group"
            aria-labelledby="private-withdraw-warning"
          >
            <p id="private-withdraw-warning">
              {messages['campaignCandidate.private.withdraw.warning']}
            </p>
            <div className="assessment-actions">
              <button
                type="button"
                className="button button--danger"
                autoFocus
                disabled={busy}
                onClick={() => void withdraw()}
              >
                {messages['campaignCandidate.private.withdraw.confirm']}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming(false)}
              >
                {messages['campaignCandidate.private.withdraw.cancel']}
              </button>
            </div>
          </div>
        )}
        <p role="status" className="field-error">
          {withdrawFailed ? messages['campaignCandidate.private.withdraw.error'] : ''}
        </p>
      </section>
    </div>
  );
}
