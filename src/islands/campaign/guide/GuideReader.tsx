import { useEffect, useState } from 'react';
import type { GuideAnswer } from '../../../domain/campaign/api-answers.ts';
import { guidePdfFileName } from '../../../domain/campaign/guide-pdf-document.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { downloadBlob } from '../../download.ts';
import { fetchGuide, fetchGuidePdf } from '../candidate/api-client.ts';
import { useReloadOnHashChange } from '../candidate/use-hash-reload.ts';
import { tokenFromHash } from '../candidate/view.ts';
import GuideDocument from './GuideDocument.tsx';
import type { GuidePageMessages } from './messages.ts';
import '../candidate/candidate.css';
import './guide.css';

interface Props {
  id: string;
  /** `?candidate=` of the address: one candidate's guide, or null for the campaign's. */
  candidateId: string | null;
  locale: Locale;
  messages: GuidePageMessages;
  toolLabels: Readonly<Record<string, string>>;
}

type State =
  | { status: 'loading' | 'missing-token' | 'not-found' | 'error' }
  | { status: 'ok'; token: string; answer: GuideAnswer };

/**
 * The printable interview guide, read with the recruiter's or an interviewer's token from the
 * fragment: print it (the page's print style keeps only the guide), or download the server's PDF.
 */
export default function GuideReader({ id, candidateId, locale, messages, toolLabels }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [pdf, setPdf] = useState<'idle' | 'busy' | 'error'>('idle');

  useReloadOnHashChange();
  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (!token) {
      // The token is in the URL fragment, which only the browser sees: known after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, see above
      setState({ status: 'missing-token' });
      return;
    }
    void fetchGuide(id, candidateId, locale, token).then((answer) =>
      setState(
        answer.status === 'ok'
          ? { status: 'ok', token, answer: answer.data }
          : { status: answer.status === 'not-found' ? 'not-found' : 'error' },
      ),
    );
  }, [id, candidateId, locale]);

  if (state.status !== 'ok') {
    const text = {
      loading: messages['campaign.guide.page.loading'],
      'missing-token': messages['campaign.guide.page.missingToken'],
      'not-found': messages['campaign.guide.page.notFound'],
      error: messages['campaign.guide.page.error'],
    }[state.status];
    return (
      <div className="card campaign-notice-status">
        <p role="status">{text}</p>
      </div>
    );
  }

  const { answer, token } = state;
  const download = async () => {
    setPdf('busy');
    try {
      const blob = await fetchGuidePdf(id, candidateId, locale, token);
      const label = answer.candidate ? (answer.candidate.name ?? answer.candidate.label) : null;
      downloadBlob(blob, guidePdfFileName(messages, answer.campaign.title, label));
      setPdf('idle');
    } catch {
      setPdf('error');
    }
  };
  return (
    <div className="guide-reader">
      <div className="guide-toolbar">
        <button type="button" className="button" onClick={() => window.print()}>
          {messages['campaign.guide.page.print']}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={pdf === 'busy'}
          onClick={() => void download()}
        >
          {messages['campaign.guide.page.pdf']}
        </button>
        <p role="status" className={pdf === 'error' ? 'field-error' : 'hint'}>
          {pdf === 'busy'
            ? messages['campaign.guide.page.pdfBusy']
            : pdf === 'error'
              ? messages['campaign.guide.page.pdfError']
              : ''}
        </p>
      </div>
      <GuideDocument answer={answer} messages={messages} toolLabels={toolLabels} />
    </div>
  );
}
