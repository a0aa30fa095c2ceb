interface Props {
  /** One axis per skill: the row number of the table next to it, and a value 0–100. */
  axes: { number: number; value: number }[];
  /** Accessible name of the chart; the data table next to it is the text alternative. */
  title: string;
}

const SIZE = 420;
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

/**
 * A spider chart drawn in SVG: rings at 25, 50, 75 and 100, one axis per skill, the scores'
 * polygon. Axes carry the table's row numbers, never the names: short numbers always fit inside
 * the drawing, so no label can spill over the table beside it.
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
      data-testid="radar"
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
        const [x, y] = pointAt(i, count, 100 + 11);
        return (
          <text
            key={i}
            aria-hidden="true"
            className="assessment-radar__number"
            x={x}
            y={y}
            textAnchor="middle"
            dominantBaseline="middle"
          >
            {axis.number}
          </text>
        );
      })}
    </svg>
  );
}
