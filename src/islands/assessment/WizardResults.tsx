import { evaluateAssessment } from '../../domain/assessment/index.ts';
import type {
  AssessmentCatalog,
  AssessmentSubmission,
  Questionnaire,
} from '../../domain/assessment/index.ts';
import AssessmentResults from './AssessmentResults.tsx';
import type { Messages } from './messages.ts';
import PdfButton from './PdfButton.tsx';
import SavePanel from './SavePanel.tsx';
import type { Locale } from '../../domain/text/index.ts';
import { assessmentPdfFileName } from '../../domain/assessment/pdf-document.ts';

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
 * reaches the results, so the steps download less code.
 */
export default function WizardResults(props: Props) {
  const { catalog, questionnaire, submission, locale, messages } = props;
  const result = evaluateAssessment(catalog, questionnaire, submission);
  return (
    <AssessmentResults
      result={result}
      catalog={catalog}
      locale={locale}
      messages={messages}
      title={messages['assessment.results.title']}
      focusTitle={props.focusTitle}
    >
      <div className="assessment-actions">
        <PdfButton
          messages={messages}
          build={async () => {
            const { downloadReport } = await import('./download-report.ts');
            await downloadReport({
              result,
              catalog,
              locale,
              messages,
              date: new Date(props.finishedAt),
              fileName: assessmentPdfFileName(locale, new Date()),
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
        messages={messages}
        savedLink={props.savedLink}
        onSaved={props.onSaved}
      />
    </AssessmentResults>
  );
}
