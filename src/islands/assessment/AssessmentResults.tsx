import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { AssessmentView, RoleView, SkillView } from '../../domain/assessment/index.ts';
import { fill } from './messages.ts';
import type { Messages } from './messages.ts';
import RadarChart from './RadarChart.tsx';

interface Props {
  /** The results view model (`presentAssessment`): this component only renders it. */
  view: AssessmentView;
  messages: Messages;
  /** Heading level 2 text at the top (the wizard's "Your results"); omitted on the private page. */
  title?: string | undefined;
  /** Move focus to the title when the results open after a click. */
  focusTitle?: boolean;
  /** Buttons and panels under the results (PDF, save, delete). */
  children?: ReactNode;
}

/** A bar with its value written next to it; the text carries the value for everyone. */
function Bar({ value, label }: { value: number; label: string }) {
  return (
    <div className="assessment-bar">
      <span className="assessment-bar__track" aria-hidden="true">
        <span
          className="assessment-bar__fill"
          style={{ width: `${Math.max(0, Math.min(100, value))}%` }}
        />
      </span>
      <span className="assessment-bar__value">{label}</span>
    </div>
  );
}

/** A table of skills: number (the radar's axis), name, score, level and percentile. */
function SkillTable(props: { skills: SkillView[]; caption: string; messages: Messages }) {
  const { skills, caption, messages } = props;
  const withPercentile = skills.some((s) => s.percentile !== undefined);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="assessment-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{messages['assessment.results.table.skill']}</th>
            <th scope="col">{messages['assessment.results.table.score']}</th>
            <th scope="col">{messages['assessment.results.table.level']}</th>
            {withPercentile && (
              <th scope="col">{messages['assessment.results.table.percentile']}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {skills.map((s) => (
            <tr key={s.id}>
              <td>{s.number}</td>
              <th scope="row">{s.label}</th>
              <td>{s.score}</td>
              <td>
                {s.level} · {s.levelName}
              </td>
              {withPercentile && <td>{s.percentile ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each skill's "why this score", folded. */
function WhyList({ skills, messages }: { skills: SkillView[]; messages: Messages }) {
  return (
    <div className="assessment-why">
      {skills.map((s) => (
        <details key={s.id} id={`why-${s.id}`}>
          <summary>{fill(messages['assessment.results.why.show'], { skill: s.label })}</summary>
          <p>{s.why.summary}</p>
          {s.why.cap && <p className="hint">{s.why.cap}</p>}
          <ul>
            {s.why.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

/**
 * The results: confidence and cautions, the level legend, soft skills (radar with numbered axes
 * and a table) and know-how with "why this score", tools, fit per role, the scenario review.
 */
export default function AssessmentResults(props: Props) {
  const { view, messages, title, children, focusTitle = false } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);

  return (
    <div className="assessment-results">
      {title && (
        <>
          <h2 className="assessment-results__title" tabIndex={-1} ref={titleRef}>
            {title}
          </h2>
          <p className="lead">{messages['assessment.results.lead']}</p>
        </>
      )}
      <section
        className={
          view.confidence.level === 'high' ? 'assessment-confidence card' : 'assessment-caution'
        }
        aria-labelledby="assessment-confidence-title"
        data-confidence={view.confidence.level}
      >
        <h3 id="assessment-confidence-title">{messages['assessment.results.confidence']}</h3>
        <p>{view.confidence.text}</p>
        {view.cautions.length > 0 && (
          <ul>
            {view.cautions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="assessment-legend-title">
        <h3 id="assessment-legend-title">{messages['assessment.results.legend']}</h3>
        <dl className="assessment-legend">
          {view.legend.map((entry) => (
            <div key={entry.level}>
              <dt>
                {entry.level} · {entry.name}
              </dt>
              <dd>{entry.text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="assessment-soft-title">
        <h3 id="assessment-soft-title">{messages['assessment.results.soft.title']}</h3>
        <div className="assessment-soft">
          <RadarChart
            title={messages['assessment.results.soft.chart']}
            axes={view.soft.map((s) => ({ number: s.number, value: s.score }))}
          />
          <SkillTable
            skills={view.soft}
            caption={messages['assessment.results.soft.tableCaption']}
            messages={messages}
          />
        </div>
        <WhyList skills={view.soft} messages={messages} />
        {view.knowHow.length > 0 && (
          <>
            <h4>{messages['assessment.results.knowhow.title']}</h4>
            <SkillTable
              skills={view.knowHow}
              caption={messages['assessment.results.knowhow.title']}
              messages={messages}
            />
            <WhyList skills={view.knowHow} messages={messages} />
          </>
        )}
        <h4>{messages['assessment.results.norms.title']}</h4>
        <p data-testid="norms">{view.norms}</p>
      </section>

      <section aria-labelledby="assessment-tools-title">
        <h3 id="assessment-tools-title">{messages['assessment.results.tools.title']}</h3>
        <div className="assessment-tools">
          {view.toolCategories.map((category) => (
            <div key={category.id} className="assessment-tools__category">
              <h4>{category.label}</h4>
              <Bar value={category.score} label={category.scoreText} />
              <ul>
                {category.tools.map((tool) => (
                  <li key={tool.id}>
                    {tool.label} — {tool.levelText}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="assessment-fit-title">
        <h3 id="assessment-fit-title">{messages['assessment.results.fit.title']}</h3>
        <p>{messages['assessment.results.fit.lead']}</p>
        <div className="assessment-roles">
          {view.roles.map((role) => (
            <RoleCard key={role.id} role={role} messages={messages} />
          ))}
        </div>
      </section>

      <section aria-labelledby="assessment-review-title">
        <h3 id="assessment-review-title">{messages['assessment.review.title']}</h3>
        <div className="assessment-review">
          {view.scenarios.map((review) => (
            <article
              key={review.id}
              className="card"
              aria-labelledby={`review-${review.id}`}
              data-testid="scenario-review"
            >
              <h4 id={`review-${review.id}`}>{review.title}</h4>
              <dl>
                <dt>{messages['assessment.review.yourChoice']}</dt>
                <dd>
                  {review.chosen.text} <strong>({review.chosen.points})</strong>
                  <br />
                  <span className="hint">{review.chosen.rationale}</span>
                </dd>
                <dt>{messages['assessment.review.best']}</dt>
                <dd>
                  {review.best ? (
                    <>
                      {review.best.text}
                      <br />
                      <span className="hint">{review.best.rationale}</span>
                    </>
                  ) : (
                    messages['assessment.review.bestChosen']
                  )}
                </dd>
              </dl>
              <p className="hint">{review.explanation}</p>
            </article>
          ))}
        </div>
      </section>
      {children}
    </div>
  );
}

function RoleCard({ role, messages }: { role: RoleView; messages: Messages }) {
  return (
    <article className="card assessment-role" aria-labelledby={`assessment-role-${role.id}`}>
      <h4 id={`assessment-role-${role.id}`}>
        {role.title}{' '}
        {role.target && <span className="badge">{messages['assessment.results.fit.target']}</span>}
      </h4>
      <Bar value={role.fit} label={role.fitText} />
      <h5>{messages['assessment.results.fit.strengths']}</h5>
      {role.strengths.length > 0 ? (
        <ul>
          {role.strengths.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{messages['assessment.results.fit.noStrengths']}</p>
      )}
      <h5>{messages['assessment.results.fit.gaps']}</h5>
      {role.gaps.length > 0 ? (
        <ul>
          {role.gaps.map((gap) => (
            <li key={gap.heading}>
              <strong>{gap.heading}</strong> {gap.descriptor}
            </li>
          ))}
        </ul>
      ) : (
        <p>{messages['assessment.results.fit.noGaps']}</p>
      )}
      {role.unmeasured && <p className="hint">{role.unmeasured}</p>}
    </article>
  );
}
