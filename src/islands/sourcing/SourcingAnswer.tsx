import type { UseFormRegister } from 'react-hook-form';
import type { SourcingInputDraft } from '../../domain/sourcing/input.ts';
import type { SourcingView } from '../../domain/sourcing/present.ts';
import { formatMoney, formatNumber } from '../../domain/text/index.ts';
import type { Translate } from '../../domain/sourcing/describe.ts';
import ScoreCostChart from './ScoreCostChart.tsx';

interface Props {
  answer: SourcingView;
  t: Translate;
  methodHref: string;
  /** The action buttons (copy link, PDF, brief), rendered under the headline. */
  actions: React.ReactNode;
  /** The form's `register`, for the weights edited in the answer. */
  register: UseFormRegister<SourcingInputDraft>;
  onResetWeights: () => void;
}

/**
 * The answer: headline and staffing, the plan when nothing fits, notices, reasons, chart and
 * table, sensitivity, the employer-cost breakdown, editable weights, assumptions with sources.
 */
export default function SourcingAnswer(props: Props) {
  const { answer, t, methodHref, actions, register, onResetWeights } = props;
  const money = (value: number) => formatMoney(value, answer.currency, answer.locale);
  const number = (value: number) => formatNumber(value, answer.locale);
  const best = answer.options.find((option) => option.id === answer.recommendation);
  const others = answer.options.filter((option) => option.id !== answer.recommendation);
  return (
    <div className="sourcing-answer" data-status={answer.status}>
      <div
        className={
          answer.recommendationFeasible ? 'sourcing-headline' : 'sourcing-headline is-warning'
        }
      >
        <h2 id="sourcing-answer-title" tabIndex={-1}>
          {answer.headline}
        </h2>
        <p>{answer.summary}</p>
        {actions}
      </div>

      {answer.plan && (
        <section aria-labelledby="sourcing-plan-title" className="sourcing-plan">
          <h3 id="sourcing-plan-title">{answer.plan.title}</h3>
          <ul>
            {answer.plan.changes.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          {answer.plan.hoursRoute && <p>{answer.plan.hoursRoute}</p>}
          <p>{answer.plan.atOnce}</p>
        </section>
      )}

      {answer.notices.length > 0 && (
        <section aria-labelledby="sourcing-notices-title">
          <h3 id="sourcing-notices-title">{t('sourcing.answer.notices')}</h3>
          <ul className="sourcing-notices">
            {answer.notices.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="sourcing-columns">
        <section aria-labelledby="sourcing-why">
          <h3 id="sourcing-why">{t('sourcing.answer.why')}</h3>
          <ul className="sourcing-reasons is-for">
            {(best?.reasons ?? []).map((reason) => (
              <li key={reason.text}>{reason.text}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="sourcing-why-not">
          <h3 id="sourcing-why-not">{t('sourcing.answer.whyNot')}</h3>
          <dl className="sourcing-why-not">
            {others.map((option) => (
              <div key={option.id}>
                <dt>{option.name}</dt>
                {option.reasons.map((reason) => (
                  <dd key={reason.text} className={reason.type === 'blocker' ? 'is-blocker' : ''}>
                    {reason.text}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </section>
      </div>

      <section aria-labelledby="sourcing-chart-title">
        <h3 id="sourcing-chart-title">{t('sourcing.answer.chart')}</h3>
        <ScoreCostChart answer={answer} t={t} />
      </section>

      <section aria-labelledby="sourcing-table-title">
        <h3 id="sourcing-table-title">{t('sourcing.answer.table')}</h3>
        {/* Focusable so that a keyboard can scroll the table on a narrow screen. */}
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="sourcing-table-title"
        >
          <table className="sourcing-table">
            <thead>
              <tr>
                <th scope="col">{t('sourcing.col.option')}</th>
                <th scope="col">{t('sourcing.col.score')}</th>
                <th scope="col">{t('sourcing.col.monthly')}</th>
                <th scope="col">{t('sourcing.col.oneOff')}</th>
                <th scope="col">{t('sourcing.col.total', { months: answer.horizonMonths })}</th>
                <th scope="col">{t('sourcing.col.start')}</th>
                <th scope="col">{t('sourcing.col.feasible')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.options.map((option) => (
                <tr key={option.id} data-option={option.id}>
                  <th scope="row">
                    {option.name}
                    <span className="sourcing-option-hint">{option.hint}</span>
                    <span className="sourcing-option-hint">{option.staffing}</span>
                  </th>
                  <td>{number(option.score)}</td>
                  <td>{money(option.monthlyCost)}</td>
                  <td>{money(option.oneOffCost)}</td>
                  <td>{money(option.totalCost)}</td>
                  <td>{t('sourcing.weeks', { weeks: number(option.startWeeks) })}</td>
                  <td>{option.feasible ? t('sourcing.yes') : t('sourcing.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="sourcing-sensitivity-title">
        <h3 id="sourcing-sensitivity-title">{t('sourcing.answer.sensitivity')}</h3>
        {answer.sensitivity.length > 0 ? (
          <ul className="sourcing-sensitivity">
            {answer.sensitivity.map((item) => (
              <li key={`${item.input}-${item.direction}`}>{item.text}</li>
            ))}
          </ul>
        ) : (
          <p>{t('sourcing.answer.sensitivity.none')}</p>
        )}
      </section>

      {best?.breakdown && (
        <details className="sourcing-details">
          <summary>{t('sourcing.answer.breakdown')}</summary>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={best.breakdown.title}
          >
            <table className="sourcing-table">
              <caption>{best.breakdown.title}</caption>
              <tbody>
                {best.breakdown.rows.map((row) => (
                  <tr key={row.family} className={row.family === 'total' ? 'is-total' : ''}>
                    <th scope="row">{row.label}</th>
                    <td>{row.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{best.breakdown.source}</p>
        </details>
      )}

      <details className="sourcing-details" open>
        <summary>{t('sourcing.answer.weights')}</summary>
        <p className="hint">{t('sourcing.answer.weights.hint')}</p>
        <p className="hint" id="sourcing-weights-edit">
          {t('sourcing.answer.weights.edit')}
        </p>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('sourcing.answer.weights')}
        >
          <table className="sourcing-table">
            <thead>
              <tr>
                <th scope="col">{t('sourcing.col.criterion')}</th>
                <th scope="col">{t('sourcing.col.weight')}</th>
                <th scope="col">{t('sourcing.col.computed')}</th>
                {answer.options.map((option) => (
                  <th scope="col" key={option.id}>
                    {option.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answer.weights.map((item) => (
                <tr key={item.criterion}>
                  <th scope="row">
                    <label htmlFor={`sourcing-weight-${item.criterion}`}>{item.label}</label>
                  </th>
                  <td>
                    <input
                      id={`sourcing-weight-${item.criterion}`}
                      className="sourcing-weight"
                      type="number"
                      inputMode="decimal"
                      min={0}
                      max={10}
                      step={0.5}
                      placeholder={number(item.computed)}
                      aria-describedby="sourcing-weights-edit"
                      {...register(`weights.${item.criterion}`, {
                        setValueAs: (value: unknown) =>
                          value === '' || value === undefined ? undefined : Number(value),
                      })}
                    />
                  </td>
                  <td>{number(item.computed)}</td>
                  {answer.options.map((option) => (
                    <td key={option.id}>{number(option.ratings[item.criterion])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <button type="button" className="button button--secondary" onClick={onResetWeights}>
            {t('sourcing.answer.weights.reset')}
          </button>{' '}
          <a href={methodHref}>{t('sourcing.method')}</a>
        </p>
      </details>

      <details className="sourcing-details">
        <summary>{t('sourcing.answer.assumptions')}</summary>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('sourcing.answer.assumptions')}
        >
          <table className="sourcing-table sourcing-table--sources">
            <thead>
              <tr>
                <th scope="col">{t('sourcing.col.assumption')}</th>
                <th scope="col">{t('sourcing.col.value')}</th>
                <th scope="col">{t('sourcing.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.assumptions.map((item) => (
                <tr key={item.key}>
                  <th scope="row">{item.label}</th>
                  <td>
                    {number(item.value)} {t(`sourcing.unit.${item.unit}`)}
                    {item.edited && (
                      <>
                        {' '}
                        <span className="badge">{t('sourcing.answer.edited')}</span>{' '}
                        <span className="hint">
                          {t('sourcing.answer.default', { value: number(item.defaultValue) })}
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    {item.source.url ? (
                      <a href={item.source.url}>{item.source.name}</a>
                    ) : (
                      item.source.name
                    )}
                    {`, ${item.source.year} · ${t(`sourcing.reliability.${item.reliability}`)}`}
                    {item.dated && (
                      <>
                        {' '}
                        <span className="badge badge--dated">{t('sourcing.answer.dated')}</span>
                        {item.stillUsedBecause && (
                          <span className="hint sourcing-dated-why">
                            {' '}
                            {t('sourcing.answer.datedWhy', { reason: item.stillUsedBecause })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
