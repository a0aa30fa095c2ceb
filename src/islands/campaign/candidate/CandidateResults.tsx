import { useEffect, useMemo, useState } from 'react';
import { evaluateAssessment, presentAssessment } from '../../../domain/assessment/index.ts';
import type {
  AssessmentCatalog,
  AssessmentSubmission,
  NormsSample,
  Questionnaire,
} from '../../../domain/assessment/index.ts';
import type { InvitationAnswer } from '../../../domain/campaign/api-answers.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { fetchNorms } from '../../assessment/api-client.ts';
import AssessmentResults from '../../assessment/AssessmentResults.tsx';
import type { Messages } from '../../assessment/messages.ts';
import FitTable from './FitTable.tsx';
import type { CandidateMessages } from './messages.ts';
import ShareForm from './ShareForm.tsx';
import type { Shared } from './ShareForm.tsx';
import ShareDone from './ShareDone.tsx';
import { fitRowsFromLevels } from './view.ts';

interface Props {
  id: string;
  token: string;
  invitation: InvitationAnswer;
  catalog: AssessmentCatalog;
  questionnaire: Questionnaire;
  submission: AssessmentSubmission;
  locale: Locale;
  assessmentMessages: Messages;
  messages: CandidateMessages;
  focusTitle: boolean;
  myItemsHref: string;
  onEdit: () => void;
  onRestart: () => void;
  /** The share made from this page, kept by the parent so a re-render does not lose the link. */
  shared: Shared | undefined;
  onShared: (shared: Shared) => void;
}

/**
 * The candidate's own result first (computed in this browser, as the self-assessment does:
 * nothing is sent yet), their level against this job's, then the separate, explicit choice to
 * share; once shared, the private link.
 */
export default function CandidateResults(props: Props) {
  const { catalog, questionnaire, submission, locale, assessmentMessages, messages } = props;
  const [norms, setNorms] = useState<NormsSample | undefined>(undefined);
  useEffect(() => {
    void fetchNorms().then(setNorms);
  }, []);
  const result = useMemo(
    () => evaluateAssessment(catalog, questionnaire, submission, norms),
    [catalog, questionnaire, submission, norms],
  );
  const view = useMemo(
    () =>
      presentAssessment({
        result,
        catalog,
        answers: submission.answers,
        locale,
        messages: assessmentMessages,
      }),
    [result, catalog, submission, locale, assessmentMessages],
  );
  const rows = useMemo(
    () =>
      fitRowsFromLevels(
        props.invitation.model,
        new Map(result.skills.map((skill) => [skill.skill, skill.level])),
      ),
    [props.invitation.model, result],
  );
  return (
    <AssessmentResults
      view={view}
      messages={assessmentMessages}
      title={assessmentMessages['assessment.results.title']}
      focusTitle={props.focusTitle}
    >
      <FitTable rows={rows} locale={locale} messages={messages} />
      {!props.shared && (
        <div className="assessment-actions">
          <button type="button" className="button button--secondary" onClick={props.onEdit}>
            {assessmentMessages['assessment.results.edit']}
          </button>
          <button type="button" className="button button--secondary" onClick={props.onRestart}>
            {assessmentMessages['assessment.results.restart']}
          </button>
        </div>
      )}
      {props.shared ? (
        <ShareDone
          shared={props.shared}
          invitation={props.invitation}
          locale={locale}
          messages={messages}
          myItemsHref={props.myItemsHref}
        />
      ) : (
        <ShareForm
          id={props.id}
          token={props.token}
          invitation={props.invitation}
          submission={submission}
          locale={locale}
          messages={messages}
          onShared={props.onShared}
        />
      )}
    </AssessmentResults>
  );
}
