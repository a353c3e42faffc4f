import type { EmployerDashboard } from '@openrecruit/shared';

type Day = EmployerDashboard['applicationsPerDay'][number];

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 16, right: 12, bottom: 28, left: 36 };

/** A round top for the axis: 4 → 4, 7 → 8, 23 → 25. */
function niceMax(value: number): number {
  if (value <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= value) return m * step;
  return value;
}

/**
 * 近30天简历投递: one bar per Shanghai day, drawn as SVG (no chart library). The image has a title
 * and a summary for screen readers; each bar's <title> is its tooltip.
 */
export function ApplicationsChart({ days }: { days: Day[] }) {
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const max = niceMax(Math.max(...days.map((day) => day.count), 0));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(days.length, 1);
  const barW = Math.max(slot * 0.6, 2);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const label = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  const first = days[0];
  const last = days.at(-1);
  const summary =
    first && last
      ? `${label(first.date)}至${label(last.date)}共收到${total}份简历，单日最多${Math.max(...days.map((d) => d.count))}份`
      : '暂无数据';

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby="applications-chart-title applications-chart-desc"
      style={{ maxHeight: 260, display: 'block' }}
    >
      <title id="applications-chart-title">近30天每日收到简历数</title>
      <desc id="applications-chart-desc">{summary}</desc>
      {[0, 0.5, 1].map((fraction) => (
        <g key={fraction}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(max * fraction)}
            y2={y(max * fraction)}
            stroke="#f0f0f0"
          />
          <text x={PAD.left - 6} y={y(max * fraction) + 4} fontSize={11} textAnchor="end" fill="#8c8c8c">
            {max * fraction}
          </text>
        </g>
      ))}
      {days.map((day, i) => {
        const x = PAD.left + i * slot + (slot - barW) / 2;
        const top = y(day.count);
        return (
          <g key={day.date}>
            <rect
              x={x}
              y={day.count > 0 ? top : y(0) - 1}
              width={barW}
              height={day.count > 0 ? y(0) - top : 1}
              rx={2}
              fill={day.count > 0 ? '#1677ff' : '#d9d9d9'}
            >
              <title>{`${label(day.date)}：${day.count}份简历`}</title>
            </rect>
            {(days.length - 1 - i) % 5 === 0 && (
              <text x={x + barW / 2} y={HEIGHT - 8} fontSize={11} textAnchor="middle" fill="#595959">
                {`${Number(day.date.slice(5, 7))}/${Number(day.date.slice(8, 10))}`}
              </text>
            )}
          </g>
        );
      })}
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#bfbfbf" />
    </svg>
  );
}
