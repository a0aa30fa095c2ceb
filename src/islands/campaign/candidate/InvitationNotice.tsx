import type { InvitationAnswer } from '../../../domain/campaign/api-answers.ts';
import { formatDate, typesetFor } from '../../../domain/text/index.ts';
import type { Locale } from '../../../domain/text/index.ts';
import { fill } from './messages.ts';
import type { CandidateMessages } from './messages.ts';
import { keptKeys, rightKeys } from './view.ts';

interface Props {
  invitation: InvitationAnswer;
  locale: Locale;
  messages: CandidateMessages;
}

/**
 * What the candidate reads before starting (CNIL recruitment guide: purpose, what is kept, for how
 * long, rights): who is asking and why, that the result comes first and sharing second, the data
 * kept, the retention the recruiter set, and the candidate's rights.
 */
export default function InvitationNotice({ invitation, locale, messages }: Props) {
  const { organisation, title } = invitation.campaign;
  const { notHired, talentPool } = invitation.retention;
  // Names and the retention's wording come from the API: typeset like the dictionary's strings.
  const say = (key: keyof CandidateMessages, params: Record<string, string | number> = {}) =>
    typesetFor(locale, fill(messages[key], { organisation, job: title, ...params }, locale));
  return (
    <div className="campaign-notice">
      <section className="card" aria-labelledby="notice-who">
        <h2 id="notice-who">{messages['campaignCandidate.notice.who.title']}</h2>
        <p>{say('campaignCandidate.notice.who.body')}</p>
        {invitation.open && invitation.campaign.endsOn && (
          <p>
            {say('campaignCandidate.notice.who.until', {
              date: formatDate(invitation.campaign.endsOn, locale),
            })}
          </p>
        )}
        <h3>{messages['campaignCandidate.notice.first.title']}</h3>
        <p>{say('campaignCandidate.notice.first.body')}</p>
      </section>
      <section className="card" aria-labelledby="notice-kept">
        <h2 id="notice-kept">{messages['campaignCandidate.notice.kept.title']}</h2>
        <ul>
          {keptKeys(invitation.kept).map((key) => (
            <li key={key}>{say(`campaignCandidate.notice.kept.${key}`)}</li>
          ))}
        </ul>
        <h3>{messages['campaignCandidate.notice.retention.title']}</h3>
        <ul>
          <li>
            {say('campaignCandidate.notice.retention.notHired', {
              months: notHired.months,
              from: notHired.from,
            })}
          </li>
          <li>
            {say('campaignCandidate.notice.retention.talentPool', {
              months: talentPool.months,
              from: talentPool.from,
            })}
          </li>
        </ul>
        <p className="hint">
          {say('campaignCandidate.notice.retention.source', {
            source: notHired.source.name,
            year: notHired.source.year,
          })}
        </p>
      </section>
      <section className="card" aria-labelledby="notice-rights">
        <h2 id="notice-rights">{messages['campaignCandidate.notice.rights.title']}</h2>
        <ul>
          {rightKeys(invitation.rights).map((key) => (
            <li key={key}>{say(`campaignCandidate.notice.rights.${key}`)}</li>
          ))}
        </ul>
        <p className="hint">{messages['campaignCandidate.notice.rights.source']}</p>
      </section>
    </div>
  );
}
