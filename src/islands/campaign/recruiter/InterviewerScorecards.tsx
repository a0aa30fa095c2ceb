import { useEffect, useMemo, useRef, useState } from 'react';
import type { InterviewerAnswer } from '../../../domain/campaign/api-answers.ts';
import type { ScaleAnchor } from '../../../domain/campaign/guide.ts';
import type { InterviewerCandidate } from '../../../domain/campaign/present.ts';
import { formatDate } from '../../../domain/text/index.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { localizePath } from '../../../i18n/locales.ts';
import { fetchGuide, fetchInterviewer, tokenFromHash } from './api-client.ts';
import { RECOMMENDATION_KEY } from './labels.ts';
import type { Messages, Translate } from './messages.ts';
import { translatorOf } from './messages.ts';
import ScorecardForm from './ScorecardForm.tsx';
import './campaign-recruiter.css';

interface Props {
  id: string;
  interviewerId: string;
  locale: Locale;
  messages: Messages;
}

type State =
  | { status: 'loading' | 'missing-token' | 'not-found' | 'error' }
  | { status: 'ok'; answer: InterviewerAnswer };

interface CandidateProps {
  candidate: InterviewerCandidate;
  answer: InterviewerAnswer;
  locale: Locale;
  t: Translate;
}

/** A submitted scorecard, read-only: the interviewer's own ratings and recommendation. */
function OwnSubmitted({ candidate, answer, t }: CandidateProps) {
  const own = candidate.own;
  if (!own?.submittedAt) return null;
  return (
    <div>
      <p className="campaign-status">{t('campaignRecruiter.interviewer.submitted')}</p>
      <ul>
        {answer.model.map((c) => {
          const rating = own.ratings.find((r) => r.skill === c.skill);
          return (
            <li key={c.skill}>
              {t('campaignRecruiter.interviewer.ownItem', {
                label: c.label,
                rating: rating?.rating ?? '—',
              })}
              {rating?.evidence ? ` — ${rating.evidence}` : ''}
            </li>
          );
        })}
      </ul>
      {own.recommendation && (
        <p>
          {t('campaignRecruiter.interviewer.ownRecommendation', {
            recommendation: t(RECOMMENDATION_KEY[own.recommendation]),
          })}
        </p>
      )}
    </div>
  );
}

/** The others' ratings once one's own is submitted; before that, why they are hidden. */
function Others({ candidate, answer, t }: CandidateProps) {
  const headingId = `others-${candidate.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('campaignRecruiter.interviewer.others')}</h3>
      {!candidate.othersVisible ? (
        <p className="hint">{t('campaign.scorecard.hidden')}</p>
      ) : candidate.others.length === 0 ? (
        <p>{t('campaignRecruiter.interviewer.othersNone')}</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby={`${headingId}-caption`}
          tabIndex={0}
        >
          <table className="campaign-table">
            <caption id={`${headingId}-caption`}>
              {t('campaignRecruiter.interviewer.othersCaption', { label: candidate.label })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('campaignRecruiter.levels.competency')}</th>
                {candidate.others.map((other, index) => (
                  <th scope="col" key={`${other.interviewer}-${index}`}>
                    {other.interviewer}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answer.model.map((c) => (
                <tr key={c.skill}>
                  <th scope="row">{c.label}</th>
                  {candidate.others.map((other, index) => {
                    const rating = other.ratings.find((r) => r.skill === c.skill);
                    return (
                      <td key={`${other.interviewer}-${index}`}>
                        {rating ? rating.rating : '—'}
                        {rating?.evidence ? (
                          <>
                            <br />
                            <span className="hint">{rating.evidence}</span>
                          </>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('campaignRecruiter.interviewer.recommendation')}</th>
                {candidate.others.map((other, index) => (
                  <td key={`${other.interviewer}-${index}`}>
                    {other.recommendation ? t(RECOMMENDATION_KEY[other.recommendation]) : '—'}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * An interviewer's private page: the campaign's candidates (anonymous labels, names once the
 * recruiter revealed them), the interview guide per candidate, their own scorecard for each, and
 * the others' ratings only once their own is submitted (no anchoring), with the reason said.
 * Each candidate is a section the interviewer opens and closes (only the first one still to score
 * is open at first), its toggle saying the candidate and the scorecard's status.
 */
export default function InterviewerScorecards({ id, interviewerId, locale, messages }: Props) {
  const t = useMemo(() => translatorOf(locale, messages), [locale, messages]);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [token, setToken] = useState('');
  const [scales, setScales] = useState<ReadonlyMap<string, ScaleAnchor[]>>(new Map());
  const focusAfterSubmit = useRef<string | undefined>(undefined);
  // One section per candidate, closed unless opened; the first one to score is open at load.
  const [open, setOpen] = useState<Readonly<Record<string, boolean>>>({});
  const [firstOpen, setFirstOpen] = useState<string | undefined>(undefined);

  useEffect(() => {
    // A submitted scorecard replaces its form: put focus on that candidate's section toggle.
    if (!focusAfterSubmit.current) return;
    document.getElementById(`candidate-${focusAfterSubmit.current}`)?.focus();
    focusAfterSubmit.current = undefined;
  });

  useEffect(() => {
    const secret = tokenFromHash();
    // The token is in the URL fragment, which only the browser sees: known after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, see above
    setToken(secret);
    if (!secret) {
      setState({ status: 'missing-token' });
      return;
    }
    void fetchInterviewer(id, interviewerId, secret).then((answer) => {
      if (answer.status === 'ok') {
        setFirstOpen(answer.data.candidates.find((c) => !c.own?.submittedAt)?.id);
        setState({ status: 'ok', answer: answer.data });
      } else setState({ status: answer.status === 'not-found' ? 'not-found' : 'error' });
    });
    void fetchGuide(id, secret).then((guide) => {
      if (guide.status !== 'ok') return;
      setScales(new Map(guide.data.guide.competencies.map((c) => [c.skill, c.scale])));
    });
  }, [id, interviewerId]);

  if (state.status !== 'ok') {
    const notice = {
      loading: t('campaignRecruiter.loading'),
      'missing-token': t('campaignRecruiter.missingToken'),
      'not-found': t('campaignRecruiter.notFound'),
      error: t('campaignRecruiter.error'),
    }[state.status];
    return (
      <div className="card">
        <p role="status">{notice}</p>
      </div>
    );
  }

  const { answer } = state;
  const guideBase = localizePath(`/campaigns/${encodeURIComponent(id)}/guide/`, locale);
  return (
    <div className="campaign-interviewer">
      <h2>
        {t('campaignRecruiter.interviewer.heading', {
          title: answer.campaign.title,
          organisation: answer.campaign.organisation,
        })}
      </h2>
      <p>{t('campaignRecruiter.interviewer.lead', { label: answer.interviewer.label })}</p>
      <p>
        <a href={`${guideBase}#${encodeURIComponent(token)}`}>
          {t('campaignRecruiter.guide.campaign')}
        </a>
      </p>
      {answer.candidates.length === 0 && <p>{t('campaignRecruiter.interviewer.none')}</p>}
      <ul className="campaign-cards">
        {answer.candidates.map((candidate) => {
          const title = candidate.name ? `${candidate.label} · ${candidate.name}` : candidate.label;
          const submitted = candidate.own?.submittedAt ?? null;
          const expanded = open[candidate.id] ?? candidate.id === firstOpen;
          const panelId = `candidate-panel-${candidate.id}`;
          return (
            <li className="campaign-card campaign-disclosure" key={candidate.id}>
              <h2 className="campaign-disclosure__heading">
                <button
                  type="button"
                  id={`candidate-${candidate.id}`}
                  className="campaign-disclosure__toggle"
                  aria-expanded={expanded}
                  aria-controls={panelId}
                  onClick={() => setOpen((current) => ({ ...current, [candidate.id]: !expanded }))}
                >
                  <span className="campaign-disclosure__title">
                    <span className="campaign-disclosure__icon" aria-hidden="true" />
                    {title}
                    <span className="visually-hidden">,</span>
                  </span>
                  <span className="campaign-disclosure__status">
                    {submitted
                      ? t('campaignRecruiter.interviewer.status.submitted', {
                          date: formatDate(submitted, locale),
                        })
                      : candidate.own
                        ? t('campaignRecruiter.interviewer.status.draft')
                        : t('campaignRecruiter.interviewer.status.empty')}
                  </span>
                </button>
              </h2>
              {/* Closed sections stay mounted (only hidden): an unsaved draft is kept as typed. */}
              <div id={panelId} className="campaign-disclosure__panel" hidden={!expanded}>
                <p>
                  <a
                    href={`${guideBase}?candidate=${encodeURIComponent(candidate.id)}#${encodeURIComponent(token)}`}
                  >
                    {t('campaignRecruiter.guide.candidate', { label: candidate.label })}
                  </a>
                </p>
                {submitted ? (
                  <OwnSubmitted candidate={candidate} answer={answer} locale={locale} t={t} />
                ) : (
                  <ScorecardForm
                    campaignId={id}
                    interviewerId={interviewerId}
                    token={token}
                    candidate={candidate}
                    model={answer.model}
                    scales={scales}
                    t={t}
                    onSaved={(saved) => {
                      if (saved.scorecard.submittedAt) focusAfterSubmit.current = saved.candidateId;
                      setState({
                        status: 'ok',
                        answer: {
                          ...answer,
                          candidates: answer.candidates.map((c) =>
                            c.id === saved.candidateId ? saved.candidate : c,
                          ),
                        },
                      });
                    }}
                  />
                )}
                <Others candidate={candidate} answer={answer} locale={locale} t={t} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
