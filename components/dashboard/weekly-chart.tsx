import type { DashboardDto } from '@/lib/validations/dashboard';

type Props = { weeks: DashboardDto['weekly']; summary: string };

// Colours from Tailwind's 700–800 shades: distinct to colour-blind readers in pairs, each also
// told apart by its dash pattern and named in the legend.
export const weeklySeries = [
  { key: 'marked', label: 'Marked', color: '#1d4ed8', dash: '' },
  { key: 'proposed', label: 'Proposed', color: '#b45309', dash: '6 3' },
  { key: 'published', label: 'Published', color: '#15803d', dash: '' },
  { key: 'corrected', label: 'Corrected', color: '#b91c1c', dash: '2 3' },
] as const;

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

/** One line per step of the desk's work, a point per ISO week. */
export function WeeklyChart({ weeks, summary }: Props) {
  const max = Math.max(1, ...weeks.flatMap((w) => weeklySeries.map((s) => w[s.key])));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (weeks.length <= 1 ? plotWidth / 2 : (i / (weeks.length - 1)) * plotWidth);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  return (
    <div className="space-y-2">
      <ul className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
        {weeklySeries.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <svg width="24" height="8">
              <line x1="0" y1="4" x2="24" y2="4" stroke={s.color} strokeWidth="3" strokeDasharray={s.dash} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-label={summary}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke="#e7e5e4" />
            <text x={PAD.left - 6} y={y(max * f)} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#44403c">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        {weeks.map((w, i) =>
          i % labelEvery === 0 ? (
            <text key={w.week} x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#44403c">
              {w.week.slice(5)}
            </text>
          ) : null,
        )}
        {weeklySeries.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeWidth="2.5"
            strokeDasharray={s.dash}
            points={weeks.map((w, i) => `${x(i)},${y(w[s.key])}`).join(' ')}
          />
        ))}
      </svg>
    </div>
  );
}
