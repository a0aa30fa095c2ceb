import '../../zod-jitless.ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildQuestionnaire } from '../../../domain/assessment/index.ts';
import type { AssessmentCatalog } from '../../../domain/assessment/index.ts';
import type { InvitationAnswer } from '../../../domain/campaign/api-answers.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { typesetFor } from '../../../domain/text/index.ts';
import AssessmentWizard from '../../assessment/AssessmentWizard.tsx';
import type { WizardResultsSlot } from '../../assessment/AssessmentWizard.tsx';
import type { Messages } from '../../assessment/messages.ts';
import { fetchInvitation } from './api-client.ts';
import CandidateResults from './CandidateResults.tsx';
import InvitationNotice from './InvitationNotice.tsx';
import { fill } from './messages.ts';
import type { CandidateMessages } from './messages.ts';
import type { Shared } from './ShareForm.tsx';
import { loadShared, saveShared, wizardStorageKey } from './share-storage.ts';
import { useReloadOnHashChange } from './use-hash-reload.ts';
import { tokenFromHash } from './view.ts';
import './candidate.css';

interface Props {
  /** The campaign's id, from the address. */
  id: string;
  locale: Locale;
  catalog: AssessmentCatalog;
  assessmentMessages: Messages;
  messages: CandidateMessages;
  methodHref: string;
  myItemsHref: string;
}

type State =
  | { status: 'loading' | 'missing-token' | 'not-found' | 'error' }
  | { status: 'ok'; token: string; invitation: InvitationAnswer };

/**
 * The invitation page's island: reads the invitation token from the fragment, shows who is asking
 * and why, what is kept, for how long and the rights, then the self-assessment wizard (its answers
 * kept apart from the standalone one), the candidate's own result, and only then the choice to
 * share it with this recruiter.
 */
export default function CampaignInvitation(props: Props) {
  const { id, locale, catalog, messages } = props;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [shared, setShared] = useState<Shared | undefined>(undefined);
  const questionnaire = useMemo(() => buildQuestionnaire(catalog), [catalog]);

  useReloadOnHashChange();
  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (!token) {
      // The token is in the URL fragment, which only the browser sees: known after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, see above
      setState({ status: 'missing-token' });
      return;
    }
    setShared(loadShared(id));
    void fetchInvitation(id, token, locale).then((answer) =>
      setState(
        answer.status === 'ok'
          ? { status: 'ok', token, invitation: answer.data }
          : { status: answer.status === 'not-found' ? 'not-found' : 'error' },
      ),
    );
  }, [id, locale]);

  const onShared = useCallback(
    (next: Shared) => {
      saveShared(id, next);
      setShared(next);
    },
    [id],
  );

  if (state.status !== 'ok') {
    const notice = {
      loading: messages['campaignCandidate.invitation.loading'],
      'missing-token': messages['campaignCandidate.invitation.missingToken'],
      'not-found': messages['campaignCandidate.invitation.notFound'],
      error: messages['campaignCandidate.invitation.error'],
    }[state.status];
    return (
      <div className="card campaign-notice-status">
        <p role="status">{notice}</p>
      </div>
    );
  }

  const { invitation, token } = state;
  const renderResults = (slot: WizardResultsSlot) => (
    <CandidateResults
      id={id}
      token={token}
      invitation={invitation}
      catalog={catalog}
      questionnaire={questionnaire}
      submission={slot.submission}
      locale={locale}
      assessmentMessages={props.assessmentMessages}
      messages={messages}
      focusTitle={slot.focusTitle}
      myItemsHref={props.myItemsHref}
      onEdit={slot.onEdit}
      onRestart={slot.onRestart}
      shared={shared}
      onShared={onShared}
    />
  );
  return (
    <div className="campaign-invitation">
      <h2 className="campaign-invitation__heading">
        {typesetFor(
          locale,
          fill(messages['campaignCandidate.invitation.heading'], {
            organisation: invitation.campaign.organisation,
            job: invitation.campaign.title,
          }),
        )}
      </h2>
      {!invitation.open && (
        <p className="card campaign-closed">{messages['campaignCandidate.invitation.closed']}</p>
      )}
      <InvitationNotice invitation={invitation} locale={locale} messages={messages} />
      <AssessmentWizard
        locale={locale}
        catalog={catalog}
        messages={props.assessmentMessages}
        methodHref={props.methodHref}
        storageKey={wizardStorageKey(id)}
        renderResults={renderResults}
        privacyText={typesetFor(
          locale,
          fill(messages['campaignCandidate.wizard.privacy'], {
            organisation: invitation.campaign.organisation,
          }),
        )}
      />
    </div>
  );
}
