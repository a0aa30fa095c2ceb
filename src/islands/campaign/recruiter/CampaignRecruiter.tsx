import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RecruiterCampaignAnswer } from '../../../domain/campaign/api-answers.ts';
import type { CompareView } from '../../../domain/campaign/present.ts';
import type { CandidateFilter, CandidateSort } from '../../../domain/campaign/requests.ts';
import { formatDate, localeTag } from '../../../domain/text/index.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { forgetItem } from '../../my-items/remember.ts';
import {
  compareCandidates,
  decide,
  fetchCampaign,
  revealNames,
  tokenFromHash,
} from './api-client.ts';
import CandidateCard from './CandidateCard.tsx';
import ComparePanel from './ComparePanel.tsx';
import InterviewersPanel from './InterviewersPanel.tsx';
import type { Messages } from './messages.ts';
import { translatorOf } from './messages.ts';
import { Confirm } from './parts.tsx';
import SettingsPanel from './SettingsPanel.tsx';
import './campaign-recruiter.css';

interface Props {
  id: string;
  locale: Locale;
  messages: Messages;
}

type State =
  | { status: 'loading' | 'missing-token' | 'not-found' | 'error' | 'deleted' }
  | { status: 'ok'; answer: RecruiterCampaignAnswer };

const SORTS: readonly CandidateSort[] = ['fit', 'label', 'decision'];
const FILTERS = ['', 'undecided', 'gaps', 'hired', 'rejected', 'talent-pool'] as const;
const FILTER_KEY = {
  '': 'campaignRecruiter.filter.all',
  undecided: 'campaignRecruiter.filter.undecided',
  gaps: 'campaignRecruiter.filter.gaps',
  hired: 'campaignRecruiter.filter.hired',
  rejected: 'campaignRecruiter.filter.rejected',
  'talent-pool': 'campaignRecruiter.filter.talentPool',
} as const;

/** A guide page's address with the token in its fragment (the guide page reads it there). */
function guideHref(base: string, token: string, candidateId?: string): string {
  const query = candidateId ? `?candidate=${encodeURIComponent(candidateId)}` : '';
  return `${base}${query}#${encodeURIComponent(token)}`;
}

/**
 * The recruiter's private page of a campaign: the candidates who shared (anonymous until an
 * explicit, logged reveal), sorted and filtered, compared side by side, decided on; the
 * interviewers; the invitation link; retention, closing and deletion.
 */
export default function CampaignRecruiter({ id, locale, messages }: Props) {
  const t = useMemo(() => translatorOf(locale, messages), [locale, messages]);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [token, setToken] = useState('');
  const [sort, setSort] = useState<CandidateSort>('fit');
  const [filter, setFilter] = useState<CandidateFilter | ''>('');
  const [selected, setSelected] = useState<string[]>([]);
  const [compare, setCompare] = useState<CompareView | undefined>(undefined);
  const [compareNotice, setCompareNotice] = useState('');
  const [revealing, setRevealing] = useState(false);
  const [revealNotice, setRevealNotice] = useState('');
  const [revealError, setRevealError] = useState('');
  const compareHeading = useRef(false);

  const load = useCallback(
    async (secret: string, query: { sort: CandidateSort; filter: CandidateFilter | '' }) => {
      const answer = await fetchCampaign(id, secret, {
        sort: query.sort,
        filter: query.filter || null,
      });
      if (answer.status === 'ok') setState({ status: 'ok', answer: answer.data });
      else setState({ status: answer.status === 'not-found' ? 'not-found' : 'error' });
    },
    [id],
  );

  useEffect(() => {
    const secret = tokenFromHash();
    // The token is in the URL fragment, which only the browser sees: known after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, see above
    setToken(secret);
    if (!secret) {
      setState({ status: 'missing-token' });
      return;
    }
    void load(secret, { sort: 'fit', filter: '' });
  }, [load]);

  useEffect(() => {
    if (compare && compareHeading.current) {
      compareHeading.current = false;
      document.getElementById('campaign-compare-title')?.focus();
    }
  }, [compare]);

  const reload = useCallback(() => load(token, { sort, filter }), [load, token, sort, filter]);

  if (state.status !== 'ok') {
    const notice = {
      loading: t('campaignRecruiter.loading'),
      'missing-token': t('campaignRecruiter.missingToken'),
      'not-found': t('campaignRecruiter.notFound'),
      error: t('campaignRecruiter.error'),
      deleted: t('campaignRecruiter.settings.deleted'),
    }[state.status];
    return (
      <div className="card">
        <p role="status" tabIndex={-1} id="campaign-notice">
          {notice}
        </p>
        {state.status === 'error' && (
          <button type="button" className="button" onClick={() => void reload()}>
            {t('campaignRecruiter.retry')}
          </button>
        )}
      </div>
    );
  }

  const { answer } = state;
  const { campaign, view } = answer;
  const dateTime = new Intl.DateTimeFormat(localeTag(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const hidden = view.candidates.filter((row) => !row.revealed);
  const selectedRows = selected.filter((cid) => view.candidates.some((row) => row.id === cid));

  return (
    <div className="campaign-recruiter">
      <div className="campaign-summary">
        <h2 className="campaign-summary__title">
          {t('campaignRecruiter.view.heading', { title: campaign.title })}
        </h2>
        <p>
          {t('campaignRecruiter.view.meta', {
            organisation: campaign.organisation,
            date: formatDate(campaign.createdAt, locale),
          })}
        </p>
        <p className={answer.end.ended ? 'campaign-warn' : undefined}>
          {answer.end.ended
            ? t('campaignRecruiter.end.ended', { date: formatDate(answer.end.endsOn, locale) })
            : t('campaignRecruiter.end.open', { date: formatDate(answer.end.endsOn, locale) })}
        </p>
        <p className="hint">{t('campaignRecruiter.view.private')}</p>
        <p>
          <a href={guideHref(answer.links.guide, token)}>{t('campaignRecruiter.guide.campaign')}</a>
        </p>
      </div>

      <section aria-labelledby="campaign-candidates-title">
        <h2 id="campaign-candidates-title" tabIndex={-1}>
          {t('campaignRecruiter.candidates.title')}
        </h2>
        <p>{t('campaignRecruiter.candidates.count', { total: view.total })}</p>
        {view.total === 0 ? (
          <p>{t('campaignRecruiter.candidates.empty')}</p>
        ) : (
          <>
            <div className="campaign-toolbar">
              <div className="campaign-field">
                <label htmlFor="campaign-sort">{t('campaignRecruiter.sort')}</label>
                <select
                  id="campaign-sort"
                  value={sort}
                  onChange={(event) => {
                    const next = event.currentTarget.value as CandidateSort;
                    setSort(next);
                    void load(token, { sort: next, filter });
                  }}
                >
                  {SORTS.map((option) => (
                    <option key={option} value={option}>
                      {t(`campaignRecruiter.sort.${option}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="campaign-field">
                <label htmlFor="campaign-filter">{t('campaignRecruiter.filter')}</label>
                <select
                  id="campaign-filter"
                  value={filter}
                  onChange={(event) => {
                    const next = event.currentTarget.value as CandidateFilter | '';
                    setFilter(next);
                    void load(token, { sort, filter: next });
                  }}
                >
                  {FILTERS.map((option) => (
                    <option key={option} value={option}>
                      {t(FILTER_KEY[option])}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p role="status">
              {t('campaignRecruiter.candidates.shown', { shown: view.candidates.length })}
            </p>

            {hidden.length === 0 ? (
              view.candidates.length > 0 && <p>{t('campaignRecruiter.reveal.allRevealed')}</p>
            ) : revealing ? (
              <Confirm
                warning={t('campaignRecruiter.reveal.warning')}
                confirm={t('campaignRecruiter.reveal.confirm')}
                cancel={t('campaignRecruiter.cancel')}
                error={revealError}
                onCancel={() => setRevealing(false)}
                onConfirm={async () => {
                  const result = await revealNames(
                    id,
                    token,
                    hidden.map((row) => row.id),
                  );
                  if (result.status !== 'ok') {
                    setRevealError(t('campaignRecruiter.reveal.failed'));
                    return;
                  }
                  setRevealing(false);
                  setRevealNotice(t('campaignRecruiter.reveal.done'));
                  await reload();
                }}
              />
            ) : (
              <div className="campaign-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setRevealError('');
                    setRevealing(true);
                  }}
                >
                  {t('campaignRecruiter.reveal.button')}
                </button>
              </div>
            )}
            <p className="campaign-status" role="status">
              {revealNotice}
            </p>

            <div className="campaign-actions">
              <p className="hint" id="campaign-compare-hint">
                {t('campaignRecruiter.compare.hint')}{' '}
                {t('campaignRecruiter.compare.selected', { n: selectedRows.length })}
              </p>
              <button
                type="button"
                className="button"
                aria-describedby="campaign-compare-hint"
                disabled={selectedRows.length < 2 || selectedRows.length > 4}
                onClick={() => {
                  setCompareNotice('');
                  void compareCandidates(id, token, selectedRows).then((result) => {
                    if (result.status === 'ok') {
                      compareHeading.current = true;
                      setCompare(result.data);
                    } else setCompareNotice(t('campaignRecruiter.compare.failed'));
                  });
                }}
              >
                {t('campaignRecruiter.compare.button')}
              </button>
            </div>
            <p className="field-error" role="status">
              {selectedRows.length > 4 ? t('campaignRecruiter.compare.tooMany') : compareNotice}
            </p>
            {compare && (
              <ComparePanel
                view={compare}
                t={t}
                onClose={() => {
                  setCompare(undefined);
                  document.getElementById('campaign-candidates-title')?.focus();
                }}
              />
            )}

            <ul className="campaign-cards campaign-cards--grid">
              {view.candidates.map((row) => (
                <CandidateCard
                  key={row.id}
                  row={row}
                  locale={locale}
                  t={t}
                  guideHref={guideHref(answer.links.guide, token, row.id)}
                  selected={selectedRows.includes(row.id)}
                  onSelect={(on) =>
                    setSelected((old) =>
                      on
                        ? [...old.filter((cid) => cid !== row.id), row.id]
                        : old.filter((cid) => cid !== row.id),
                    )
                  }
                  onDecide={async (outcome) => {
                    const result = await decide(id, token, row.id, { outcome });
                    if (result.status === 'ok') {
                      await reload();
                      return undefined;
                    }
                    if (result.status === 'refused' && outcome === 'talent-pool') {
                      return t('campaignRecruiter.decision.noConsent');
                    }
                    return t('campaignRecruiter.decision.failed');
                  }}
                />
              ))}
            </ul>
          </>
        )}
        {answer.reveals.length > 0 && (
          <>
            <h3>{t('campaignRecruiter.reveal.log')}</h3>
            <ul>
              {answer.reveals.map((entry) => (
                <li key={entry.at}>
                  {t('campaignRecruiter.reveal.logEntry', {
                    date: dateTime.format(new Date(entry.at)),
                    n: entry.candidateIds.length,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <InterviewersPanel
        campaignId={id}
        token={token}
        interviewers={answer.interviewers}
        t={t}
        onChanged={reload}
      />

      <SettingsPanel
        answer={answer}
        token={token}
        locale={locale}
        t={t}
        onUpdated={() => void reload()}
        onReload={reload}
        onDeleted={() => {
          forgetItem('campaign', id);
          window.history.replaceState(null, '', window.location.pathname);
          setState({ status: 'deleted' });
          window.setTimeout(() => document.getElementById('campaign-notice')?.focus(), 0);
        }}
      />
    </div>
  );
}
