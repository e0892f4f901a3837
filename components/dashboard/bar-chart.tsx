type Bar = { label: string; value: number };

type Props = { bars: Bar[]; summary: string; color?: string };

const ROW = 26;
const LABEL_WIDTH = 150;
const WIDTH = 560;

/** Horizontal bars with their values written at the end: readable without a legend or axis. */
export function BarChart({ bars, summary, color = '#1d4ed8' }: Props) {
  if (bars.length === 0) return <p className="text-sm text-stone-600">Nothing to show for these filters.</p>;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_WIDTH - 50;
  const height = bars.length * ROW + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-xl" role="img" aria-label={summary}>
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const width = (bar.value / max) * plot;
        return (
          <g key={`${bar.label}-${i}`}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="12" fill="#44403c">
              {bar.label.length > 22 ? `${bar.label.slice(0, 21)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={ROW - 8} rx="3" fill={color} />
            <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="12" fill="#1c1917">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
