import { useEffect, useMemo, useState } from 'react';
import { buildQuestionnaire, evaluateAssessment } from '../../domain/assessment/index.ts';
import type { AssessmentCatalog, StoredAssessment } from '../../domain/assessment/index.ts';
import { deleteAssessment, fetchAssessment, fetchAssessmentPdf } from './api-client.ts';
import AssessmentResults from './AssessmentResults.tsx';
import { fill } from './messages.ts';
import type { Messages } from './messages.ts';
import PdfButton from './PdfButton.tsx';
import { downloadBlob } from '../download.ts';
import { assessmentPdfFileName } from '../../domain/assessment/pdf-document.ts';
import { formatDate, type Locale } from '../../domain/text/index.ts';
import './assessment.css';

interface Props {
  id: string;
  locale: Locale;
  catalog: AssessmentCatalog;
  messages: Messages;
  /** Address of the wizard, to start a new assessment. */
  assessmentHref: string;
}

type State =
  | { status: 'loading' | 'missing-token' | 'not-found' | 'error' | 'deleted' }
  | { status: 'ok'; createdAt: string; assessment: StoredAssessment };

/** The token is the URL fragment (`#<token>`): browsers never send it to the server. */
function tokenFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#(?:token=)?/, ''));
}

/** A saved result opened by its private link: see it, download its PDF, or delete it. */
export default function SavedAssessment({ id, locale, catalog, messages, assessmentHref }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [confirming, setConfirming] = useState(false);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const questionnaire = useMemo(() => buildQuestionnaire(catalog), [catalog]);

  useEffect(() => {
    const token = tokenFromHash();
    if (!token) {
      // The token is in the URL fragment, which only the browser sees: known after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, see above
      setState({ status: 'missing-token' });
      return;
    }
    void fetchAssessment(id, token).then(setState);
  }, [id]);

  const notice = {
    loading: messages['assessment.saved.loading'],
    'missing-token': messages['assessment.saved.missingToken'],
    'not-found': messages['assessment.saved.notFound'],
    error: messages['assessment.saved.error'],
    deleted: messages['assessment.saved.deleted'],
  } as const;
  if (state.status !== 'ok') {
    return (
      <div className="card assessment-saved-notice">
        <p role="status">{notice[state.status]}</p>
        {state.status !== 'loading' && (
          <p>
            <a className="button" href={assessmentHref}>
              {messages['assessment.saved.newAssessment']}
            </a>
          </p>
        )}
      </div>
    );
  }

  const result = evaluateAssessment(catalog, questionnaire, state.assessment);
  const date = formatDate(new Date(state.createdAt), locale);
  const token = tokenFromHash();
  return (
    <AssessmentResults result={result} catalog={catalog} locale={locale} messages={messages}>
      <p className="hint">{fill(messages['assessment.saved.createdAt'], { date })}</p>
      <div className="assessment-actions">
        <PdfButton
          messages={messages}
          build={async () => {
            const blob = await fetchAssessmentPdf(id, token);
            downloadBlob(blob, assessmentPdfFileName(locale, new Date(state.createdAt)));
          }}
        />
        {!confirming && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(true)}
          >
            {messages['assessment.saved.delete']}
          </button>
        )}
      </div>
      {confirming && (
        <div
          className="assessment-caution"
          role="group"
          aria-labelledby="assessment-delete-warning"
        >
          <p id="assessment-delete-warning">{messages['assessment.saved.deleteWarning']}</p>
          <div className="assessment-actions">
            <button
              type="button"
              className="button button--danger"
              autoFocus
              onClick={async () => {
                const deleted = await deleteAssessment(id, token).catch(() => false);
                if (deleted) {
                  setState({ status: 'deleted' });
                  window.scrollTo({ top: 0 });
                } else setDeleteFailed(true);
              }}
            >
              {messages['assessment.saved.deleteConfirm']}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              {messages['assessment.saved.deleteCancel']}
            </button>
          </div>
          <p role="status" className="field-error">
            {deleteFailed ? messages['assessment.saved.deleteError'] : ''}
          </p>
        </div>
      )}
    </AssessmentResults>
  );
}
