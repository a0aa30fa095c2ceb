import { useEffect, useMemo, useState } from 'react';
import {
  assessmentPdfFileName,
  evaluateAssessment,
  presentAssessment,
} from '../../domain/assessment/index.ts';
import type {
  AssessmentCatalog,
  AssessmentSubmission,
  NormsSample,
  Questionnaire,
} from '../../domain/assessment/index.ts';
import type { Locale } from '../../domain/text/index.ts';
import { fetchNorms } from './api-client.ts';
import AssessmentResults from './AssessmentResults.tsx';
import type { Messages } from './messages.ts';
import PdfButton from './PdfButton.tsx';
import SavePanel from './SavePanel.tsx';

interface Props {
  catalog: AssessmentCatalog;
  questionnaire: Questionnaire;
  /** A complete, valid answer set. */
  submission: AssessmentSubmission;
  locale: Locale;
  messages: Messages;
  /** When the person first reached the results: the report's date. */
  finishedAt: number;
  focusTitle: boolean;
  savedLink: string | undefined;
  onSaved: (link: string) => void;
  onEdit: () => void;
  onRestart: () => void;
}

/**
 * The wizard's results screen: scores, fit, PDF and saving. Loaded on demand when the person
 * reaches the results, so the steps download less code. The comparison sample is fetched from
 * the server; the answers never are sent unless the person saves.
 */
export default function WizardResults(props: Props) {
  const { catalog, questionnaire, submission, locale, messages } = props;
  const [norms, setNorms] = useState<NormsSample | undefined>(undefined);
  const [name, setName] = useState('');
  useEffect(() => {
    void fetchNorms().then(setNorms);
  }, []);
  const view = useMemo(() => {
    const result = evaluateAssessment(catalog, questionnaire, submission, norms);
    return presentAssessment({ result, catalog, answers: submission.answers, locale, messages });
  }, [catalog, questionnaire, submission, norms, locale, messages]);
  return (
    <AssessmentResults
      view={view}
      messages={messages}
      title={messages['assessment.results.title']}
      focusTitle={props.focusTitle}
    >
      <div className="assessment-field assessment-name">
        <label htmlFor="assessment-report-name">{messages['assessment.results.name.label']}</label>
        <p className="hint" id="assessment-report-name-hint">
          {messages['assessment.results.name.hint']}
        </p>
        <input
          id="assessment-report-name"
          type="text"
          autoComplete="name"
          maxLength={80}
          value={name}
          aria-describedby="assessment-report-name-hint"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="assessment-actions">
        <PdfButton
          messages={messages}
          build={async () => {
            const { downloadReport } = await import('./download-report.ts');
            await downloadReport({
              view,
              messages,
              date: new Date(props.finishedAt),
              name,
              fileName: assessmentPdfFileName(locale, new Date(props.finishedAt)),
            });
          }}
        />
        <button type="button" className="button button--secondary" onClick={props.onEdit}>
          {messages['assessment.results.edit']}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onRestart}>
          {messages['assessment.results.restart']}
        </button>
      </div>
      <SavePanel
        submission={submission}
        name={name}
        messages={messages}
        savedLink={props.savedLink}
        onSaved={props.onSaved}
      />
    </AssessmentResults>
  );
}
