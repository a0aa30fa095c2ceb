import { useEffect, useRef, useState } from 'react';
import type { InvitationAnswer } from '../../../domain/campaign/api-answers.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { typesetFor } from '../../../domain/text/index.ts';
import { fill } from './messages.ts';
import type { CandidateMessages } from './messages.ts';
import type { Shared } from './ShareForm.tsx';

interface Props {
  shared: Shared;
  invitation: InvitationAnswer;
  locale: Locale;
  messages: CandidateMessages;
  myItemsHref: string;
}

/** After sharing: the candidate's private link (shown once by the server), to copy or open. */
export default function ShareDone({ shared, invitation, locale, messages, myItemsHref }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const title = typesetFor(
    locale,
    fill(messages['campaignCandidate.done.title'], {
      organisation: invitation.campaign.organisation,
    }),
  );
  return (
    <section className="card campaign-done" aria-labelledby="campaign-done-title">
      <h2 id="campaign-done-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{messages['campaignCandidate.done.body']}</p>
      <label htmlFor="campaign-private-link" className="campaign-done__label">
        {messages['campaignCandidate.done.link']}
      </label>
      <input
        id="campaign-private-link"
        className="campaign-done__link"
        type="text"
        readOnly
        value={shared.link}
        onFocus={(event) => event.target.select()}
      />
      <div className="assessment-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            // No clipboard outside a secure context: the promise then rejects, and we say so.
            Promise.resolve()
              .then(() => navigator.clipboard.writeText(shared.link))
              .then(
                () => setCopy('copied'),
                () => setCopy('failed'),
              );
          }}
        >
          {messages['campaignCandidate.done.copy']}
        </button>
        <a className="button" href={shared.link}>
          {messages['campaignCandidate.done.open']}
        </a>
        <a href={myItemsHref}>{messages['campaignCandidate.done.myItems']}</a>
      </div>
      <p role="status" className="hint">
        {copy === 'copied'
          ? messages['campaignCandidate.done.copied']
          : copy === 'failed'
            ? messages['campaignCandidate.done.copyFailed']
            : ''}
      </p>
    </section>
  );
}
