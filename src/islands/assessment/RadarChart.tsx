interface Props {
  /** One axis per skill, values 0–100. */
  axes: { label: string; value: number }[];
  /** Accessible name of the chart; the data table next to it is the text alternative. */
  title: string;
}

const SIZE = 560;
const CENTER = SIZE / 2;
const RADIUS = 170;
const RINGS = [25, 50, 75, 100];

/** A point at `value` (0–100) on axis `index` of `count`, the first axis pointing up. */
function pointAt(index: number, count: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (RADIUS * value) / 100;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

const toPoints = (points: [number, number][]) =>
  points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** Splits a label in two lines near its middle when it is long. */
function splitLabel(label: string): string[] {
  if (label.length <= 16) return [label];
  const words = label.split(' ');
  let best = [label];
  let bestGap = Infinity;
  for (let i = 1; i < words.length; i += 1) {
    const first = words.slice(0, i).join(' ');
    const second = words.slice(i).join(' ');
    const gap = Math.abs(first.length - second.length);
    if (gap < bestGap) {
      bestGap = gap;
      best = [first, second];
    }
  }
  return best;
}

/**
 * A spider chart drawn in SVG: rings at 25, 50, 75 and 100, one axis per skill, the scores'
 * polygon. Wide screens show the skill names; narrow ones show the numbers of the table rows.
 */
export default function RadarChart({ axes, title }: Props) {
  const count = axes.length;
  if (count < 3) return null;
  return (
    <svg
      className="assessment-radar"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-labelledby="assessment-radar-title"
    >
      <title id="assessment-radar-title">{title}</title>
      {RINGS.map((ring) => (
        <polygon
          key={ring}
          className="assessment-radar__ring"
          points={toPoints(axes.map((_, i) => pointAt(i, count, ring)))}
        />
      ))}
      {axes.map((_, i) => {
        const [x, y] = pointAt(i, count, 100);
        return (
          <line key={i} className="assessment-radar__axis" x1={CENTER} y1={CENTER} x2={x} y2={y} />
        );
      })}
      <polygon
        className="assessment-radar__area"
        points={toPoints(axes.map((axis, i) => pointAt(i, count, axis.value)))}
      />
      {axes.map((axis, i) => {
        const [x, y] = pointAt(i, count, axis.value);
        return <circle key={i} className="assessment-radar__dot" cx={x} cy={y} r={4} />;
      })}
      {axes.map((axis, i) => {
        const [x, y] = pointAt(i, count, 100 + 9);
        const dx = x - CENTER;
        const anchor = Math.abs(dx) < 12 ? 'middle' : dx > 0 ? 'start' : 'end';
        const lines = splitLabel(axis.label);
        const top =
          y -
          ((lines.length - 1) * 15) / 2 +
          (y < CENTER - RADIUS * 0.9 ? -6 : y > CENTER + RADIUS * 0.9 ? 10 : 4);
        return (
          <g key={i} aria-hidden="true">
            <text className="assessment-radar__label" x={x} y={top} textAnchor={anchor}>
              {lines.map((line, l) => (
                <tspan key={l} x={x} dy={l === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
            <text className="assessment-radar__number" x={x} y={y + 6} textAnchor={anchor}>
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
