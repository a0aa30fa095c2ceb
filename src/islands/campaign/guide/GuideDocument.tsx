import type { GuideAnswer } from '../../../domain/campaign/api-answers.ts';
import type { GuideCompetency, GuideFlagCheck } from '../../../domain/campaign/guide.ts';
import {
  competencyFacts,
  competencyGroups,
  flagName,
  referencesLine,
  scaleLabel,
} from '../../../domain/campaign/guide-pdf-document.ts';
import type { GuideMessages } from '../../../domain/campaign/guide-pdf-document.ts';
import { formatMessage, typesetFor } from '../../../domain/text/index.ts';
import type { Locale } from '../../../domain/text/index.ts';

interface Props {
  answer: GuideAnswer;
  messages: GuideMessages;
  /** Labels of the tools the guide does not interview on, by skill id. */
  toolLabels: Readonly<Record<string, string>>;
}

function FlagCheck({ check, messages }: { check: GuideFlagCheck; messages: GuideMessages }) {
  return (
    <div className="guide-caution">
      <p className="guide-caution__title">{flagName(check, messages)}</p>
      <p>{check.why}</p>
      <ul>
        {check.probes.map((probe) => (
          <li key={probe}>{probe}</li>
        ))}
      </ul>
    </div>
  );
}

function Competency(props: {
  competency: GuideCompetency;
  messages: GuideMessages;
  locale: Locale;
}) {
  const { competency, messages, locale } = props;
  const fill = (template: string, params: Record<string, string | number>) =>
    formatMessage(template, params, locale);
  const id = `guide-${competency.skill}`;
  return (
    <section className="guide-competency" aria-labelledby={id}>
      <h3 id={id}>{competency.label}</h3>
      <p className="hint">{competencyFacts(competency, messages, locale)}</p>
      {competency.questions.map((question, index) => (
        <div className="guide-question" key={question.id}>
          <h4>{fill(messages['campaign.guide.question'], { n: index + 1 })}</h4>
          <p>{question.text}</p>
          <p className="guide-small">{messages['campaign.guide.followUps']}</p>
          <ul>
            {question.followUps.map((followUp) => (
              <li key={followUp}>{followUp}</li>
            ))}
          </ul>
        </div>
      ))}
      {competency.gap && (
        <div className="guide-caution">
          <p className="guide-caution__title">{messages['campaign.guide.gap.title']}</p>
          <p>
            {fill(messages['campaign.guide.gap.body'], {
              candidate: competency.gap.candidateLevel,
              required: competency.gap.requiredLevel,
              next: competency.gap.nextDescriptor,
            })}
          </p>
          <p className="guide-small">{messages['campaign.guide.gap.probes']}</p>
          <ul>
            {competency.gap.probes.map((probe) => (
              <li key={probe}>{probe}</li>
            ))}
          </ul>
        </div>
      )}
      {competency.flagChecks.map((check) => (
        <FlagCheck key={check.flag} check={check} messages={messages} />
      ))}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-scale`}>
        <table className="campaign-table guide-scale">
          <caption id={`${id}-scale`}>
            {messages['campaign.guide.scale.title']} · {competency.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">{messages['campaign.guide.scale.rating']}</th>
              <th scope="col">{messages['campaign.guide.scale.descriptor']}</th>
            </tr>
          </thead>
          <tbody>
            {competency.scale.map((anchor) => (
              <tr key={anchor.rating} className={anchor.required ? 'guide-scale__required' : ''}>
                <th scope="row">{scaleLabel(anchor, messages)}</th>
                <td>{anchor.descriptor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="guide-notes">{messages['campaign.guide.notes']}</p>
    </section>
  );
}

/**
 * The interview guide as a page, rendered from the API's guide answer (the same view model as
 * the PDF): competencies in order, then the box of questions never to ask.
 */
export default function GuideDocument({ answer, messages, toolLabels }: Props) {
  const { guide, campaign } = answer;
  const locale = guide.locale;
  const fill = (template: string, params: Record<string, string | number>) =>
    typesetFor(locale, formatMessage(template, params, locale));
  const candidateLabel = answer.candidate
    ? (answer.candidate.name ?? answer.candidate.label)
    : null;
  const box = guide.forbidden;
  const quoted = (text: string) => (locale === 'fr' ? `« ${text} »` : `“${text}”`);
  const topicReferences = [
    ...new Map(box.topics.flatMap((t) => t.references).map((r) => [r.label, r])).values(),
  ];
  return (
    <article className="guide" lang={locale}>
      <header className="guide-header">
        <h2>{fill(messages['campaign.guide.title'], { job: campaign.title })}</h2>
        <p className="guide-subtitle">
          {typesetFor(locale, campaign.organisation)} ·{' '}
          {candidateLabel
            ? fill(messages['campaign.guide.forCandidate'], { label: candidateLabel })
            : messages['campaign.guide.forCampaign']}
        </p>
        <p>{messages['campaign.guide.intro']}</p>
        <p className="hint">{messages['campaign.guide.order']}</p>
      </header>
      {guide.flagChecks.length > 0 && (
        <section className="guide-group" aria-labelledby="guide-flags">
          <h2 id="guide-flags">{messages['campaign.guide.flags.title']}</h2>
          <h3>{messages['campaign.guide.flags.general']}</h3>
          {guide.flagChecks.map((check) => (
            <FlagCheck key={check.flag} check={check} messages={messages} />
          ))}
        </section>
      )}
      {competencyGroups(guide, messages).map((group) => (
        <section className="guide-group" key={group.kind} aria-labelledby={`guide-${group.kind}`}>
          <h2 id={`guide-${group.kind}`}>{group.title}</h2>
          {group.competencies.map((competency) => (
            <Competency
              key={competency.skill}
              competency={competency}
              messages={messages}
              locale={locale}
            />
          ))}
        </section>
      ))}
      {guide.notInterviewed.length > 0 && (
        <p className="hint">
          {fill(messages['campaign.guide.notInterviewed'], {
            skills: guide.notInterviewed.map((id) => toolLabels[id] ?? id).join(', '),
          })}
        </p>
      )}
      <section className="guide-forbidden" aria-labelledby="guide-forbidden">
        <h2 id="guide-forbidden">{messages['campaign.forbidden.title']}</h2>
        <p className="guide-caution__title">{messages['campaign.forbidden.intro']}</p>
        {box.principles.length > 0 && (
          <ul>
            {box.principles.map((principle) => (
              <li key={principle.text}>
                {principle.text}{' '}
                <span className="guide-small">
                  {referencesLine(principle.references, messages, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <ul className="guide-forbidden__topics">
          {box.topics.map((topic) => (
            <li key={topic.id}>
              <strong>{topic.topic}</strong>
              {locale === 'fr' ? '\u00a0: ' : ': '}
              {typesetFor(locale, topic.examples.map(quoted).join(', '))}
            </li>
          ))}
        </ul>
        <p className="guide-small">
          {box.rulesModelled
            ? referencesLine(topicReferences, messages, locale)
            : messages['campaign.forbidden.noRules']}
        </p>
      </section>
    </article>
  );
}
