import type { ApiSourcingAnswer } from '../../domain/sourcing/api-answer.ts';
import { formatMoney, formatNumber } from '../../domain/text/index.ts';
import type { Translate } from '../../domain/sourcing/describe.ts';
import ScoreCostChart from './ScoreCostChart.tsx';

interface Props {
  answer: ApiSourcingAnswer;
  t: Translate;
  methodHref: string;
  /** The action buttons (copy link, PDF), rendered under the headline. */
  actions: React.ReactNode;
}

/** The answer: headline, reasons, chart and table, sensitivity, weights, assumptions with sources. */
export default function SourcingAnswer({ answer, t, methodHref, actions }: Props) {
  const money = (value: number) => formatMoney(value, answer.currency, answer.locale);
  const number = (value: number) => formatNumber(value, answer.locale);
  const best = answer.options.find((option) => option.id === answer.recommendation);
  const others = answer.options.filter((option) => option.id !== answer.recommendation);
  return (
    <div className="sourcing-answer">
      <div
        className={
          answer.recommendationFeasible ? 'sourcing-headline' : 'sourcing-headline is-warning'
        }
      >
        <h2 id="sourcing-answer-title" tabIndex={-1}>
          {answer.headline}
        </h2>
        <p>{t('sourcing.answer.hours', { hours: number(answer.hoursPerWeek) })}</p>
        {actions}
      </div>

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
                    <span className="sourcing-option-hint">
                      {t(`sourcing.option.${option.id}.hint`)}
                    </span>
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

      <details className="sourcing-details">
        <summary>{t('sourcing.answer.weights')}</summary>
        <p className="hint">{t('sourcing.answer.weights.hint')}</p>
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
                  <th scope="row">{item.label}</th>
                  <td>{number(item.weight)}</td>
                  {answer.options.map((option) => (
                    <td key={option.id}>{number(option.ratings[item.criterion])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
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
