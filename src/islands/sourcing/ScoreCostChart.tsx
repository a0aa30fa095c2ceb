import type { ApiSourcingAnswer } from '../../domain/sourcing/api-answer.ts';
import { formatMoney, formatNumber } from '../../domain/text/index.ts';
import type { Translate } from '../../domain/sourcing/describe.ts';

interface Props {
  answer: ApiSourcingAnswer;
  t: Translate;
}

const ROW = 64;
const WIDTH = 400;
/** Room kept right of the bars for their value. */
const BAR_WIDTH = WIDTH - 110;

/**
 * Scores (solid bars, out of 100) and costs over the horizon (light bars, relative to the most
 * expensive option) for each option, drawn as SVG. The table next to it carries the same data for
 * screen readers, so the drawing is one labelled image.
 */
export default function ScoreCostChart({ answer, t }: Props) {
  const maxCost = Math.max(...answer.options.map((option) => option.totalCost), 1);
  const height = answer.options.length * ROW + 8;
  const summary = answer.options
    .map(
      (option) =>
        `${option.name}: ${formatNumber(option.score, answer.locale)}/100, ${formatMoney(option.totalCost, answer.currency, answer.locale)}`,
    )
    .join('; ');
  return (
    <figure className="sourcing-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
        {answer.options.map((option, index) => {
          const y = index * ROW + 4;
          const recommended = option.id === answer.recommendation;
          const scoreWidth = (BAR_WIDTH * option.score) / 100;
          const costWidth = (BAR_WIDTH * option.totalCost) / maxCost;
          return (
            <g key={option.id} className={option.feasible ? '' : 'is-infeasible'}>
              <text
                x={0}
                y={y + 13}
                className={recommended ? 'chart-label is-best' : 'chart-label'}
              >
                {recommended ? `★ ${option.name}` : option.name}
              </text>
              <rect
                x={0}
                y={y + 20}
                width={scoreWidth}
                height={16}
                rx={3}
                className="chart-score"
              />
              <text x={scoreWidth + 6} y={y + 33} className="chart-value">
                {formatNumber(option.score, answer.locale)}
              </text>
              <rect x={0} y={y + 40} width={costWidth} height={12} rx={3} className="chart-cost" />
              <text x={costWidth + 6} y={y + 51} className="chart-value chart-value--cost">
                {formatMoney(option.totalCost, answer.currency, answer.locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {t('sourcing.answer.chart.caption', { months: answer.horizonMonths })}
      </figcaption>
    </figure>
  );
}
