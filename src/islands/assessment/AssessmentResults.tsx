import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { findSkill, levelFromScore } from '../../domain/assessment/index.ts';
import type {
  AssessmentCatalog,
  AssessmentResult,
  RoleResult,
} from '../../domain/assessment/index.ts';
import { describeFlag } from '../../domain/assessment/pdf-document.ts';
import { fill } from './messages.ts';
import type { Messages } from './messages.ts';
import RadarChart from './RadarChart.tsx';
import type { Locale } from '../../domain/text/index.ts';

interface Props {
  result: AssessmentResult;
  catalog: AssessmentCatalog;
  locale: Locale;
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

/** Results: cautions, the soft-skill radar and table, know-how, tools by category, fit per role. */
export default function AssessmentResults(props: Props) {
  const { result, catalog, locale, messages, title, children, focusTitle = false } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);
  const label = (id: string) => findSkill(catalog, id)?.label[locale] ?? id;
  const kindOf = (id: string) => findSkill(catalog, id)?.kind;
  const soft = result.skills.filter((s) => kindOf(s.skill) === 'soft');
  const knowHow = result.skills.filter((s) => kindOf(s.skill) !== 'soft');
  const cautions = result.flags.map((flag) =>
    describeFlag(flag, { result, catalog, locale, messages, date: new Date() }),
  );
  if (result.outdated) cautions.push(messages['assessment.results.outdated']);

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
      {cautions.length > 0 && (
        <section className="assessment-caution" aria-labelledby="assessment-cautions-title">
          <h3 id="assessment-cautions-title">{messages['assessment.results.cautions']}</h3>
          <ul>
            {cautions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="assessment-soft-title">
        <h3 id="assessment-soft-title">{messages['assessment.results.soft.title']}</h3>
        <div className="assessment-soft">
          <RadarChart
            title={messages['assessment.results.soft.chart']}
            axes={soft.map((s) => ({ label: label(s.skill), value: s.score }))}
          />
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={messages['assessment.results.soft.tableCaption']}
          >
            <table className="assessment-table">
              <caption>{messages['assessment.results.soft.tableCaption']}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{messages['assessment.results.table.skill']}</th>
                  <th scope="col">{messages['assessment.results.table.score']}</th>
                  <th scope="col">{messages['assessment.results.table.level']}</th>
                </tr>
              </thead>
              <tbody>
                {soft.map((s, i) => (
                  <tr key={s.skill}>
                    <td>{i + 1}</td>
                    <th scope="row">{label(s.skill)}</th>
                    <td>{s.score}</td>
                    <td>{levelFromScore(s.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        {knowHow.length > 0 && (
          <>
            <h4>{messages['assessment.results.knowhow.title']}</h4>
            <ul className="assessment-list">
              {knowHow.map((s) => (
                <li key={s.skill}>
                  <span>{label(s.skill)}</span>
                  <Bar
                    value={s.score}
                    label={fill(messages['assessment.results.tools.category'], { score: s.score })}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="assessment-tools-title">
        <h3 id="assessment-tools-title">{messages['assessment.results.tools.title']}</h3>
        <div className="assessment-tools">
          {result.toolCategories.map((category) => (
            <div key={category.category} className="assessment-tools__category">
              <h4>{messages[`assessment.toolCategory.${category.category}`]}</h4>
              <Bar
                value={category.score}
                label={fill(messages['assessment.results.tools.category'], {
                  score: category.score,
                })}
              />
              <ul>
                {result.tools
                  .filter((tool) => tool.category === category.category)
                  .map((tool) => (
                    <li key={tool.tool}>
                      {label(tool.tool)} —{' '}
                      {tool.level === 0
                        ? messages['assessment.results.tool.never']
                        : fill(messages['assessment.results.tool.level'], { level: tool.level })}
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
          {result.roles.map((role) => (
            <RoleCard
              key={role.role}
              role={role}
              catalog={catalog}
              locale={locale}
              messages={messages}
              label={label}
            />
          ))}
        </div>
      </section>
      {children}
    </div>
  );
}

function RoleCard(props: {
  role: RoleResult;
  catalog: AssessmentCatalog;
  locale: Locale;
  messages: Messages;
  label: (id: string) => string;
}) {
  const { role, catalog, locale, messages, label } = props;
  const title = catalog.roles.find((r) => r.id === role.role)?.title[locale] ?? role.role;
  return (
    <article className="card assessment-role" aria-labelledby={`assessment-role-${role.role}`}>
      <h4 id={`assessment-role-${role.role}`}>
        {title}{' '}
        {role.target && <span className="badge">{messages['assessment.results.fit.target']}</span>}
      </h4>
      <Bar
        value={role.fit}
        label={fill(messages['assessment.results.fit.value'], { fit: role.fit })}
      />
      <h5>{messages['assessment.results.fit.strengths']}</h5>
      {role.strengths.length > 0 ? (
        <ul>
          {role.strengths.map((s) => (
            <li key={s.skill}>
              {fill(messages['assessment.results.fit.strengthLine'], {
                skill: label(s.skill),
                current: s.current,
                required: s.required,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{messages['assessment.results.fit.noStrengths']}</p>
      )}
      <h5>{messages['assessment.results.fit.gaps']}</h5>
      {role.gaps.length > 0 ? (
        <ul>
          {role.gaps.map((gap) => (
            <li key={gap.skill}>
              <strong>
                {fill(messages['assessment.results.fit.gapLine'], {
                  skill: label(gap.skill),
                  current: gap.current,
                  required: gap.required,
                  next: gap.nextLevel,
                })}
              </strong>{' '}
              {gap.nextLevelDescriptor[locale]}
            </li>
          ))}
        </ul>
      ) : (
        <p>{messages['assessment.results.fit.noGaps']}</p>
      )}
      {role.unmeasured.length > 0 && (
        <p className="hint">
          {fill(messages['assessment.results.fit.unmeasured'], {
            skills: role.unmeasured.map(label).join(', '),
          })}
        </p>
      )}
    </article>
  );
}
