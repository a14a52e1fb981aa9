import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCents } from '../../platform/format.ts';
import type { Portfolio } from './portfolio-api.ts';

const ACCENT = '#1f5fbf';
const WARN = '#8a5a00';
const MUTED = '#5f6978';

/** Millions for an axis: 123456789000 cents → "$1,234.6M". */
const millions = (cents: number) => `$${(cents / 100_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })}M`;

/** The money by program, the pipeline by case status, and the clocks month by month, for a director at a glance. */
export function PortfolioCharts({ portfolio }: { portfolio: Portfolio }) {
  const figures = portfolio.sections.flatMap((s) => s.figures);
  const byProgram = figures
    .filter((f) => f.group === 'by_program' && (f.cents ?? 0) > 0)
    .map((f) => ({ name: f.label, value: f.cents ?? 0 }));
  const pipeline = figures
    .filter((f) => f.group === 'by_status' && (f.count ?? 0) > 0)
    .map((f) => ({ name: f.label, cases: f.count ?? 0 }));
  const months = new Map<string, { month: string; milestones: number; deadlines: number; overdue: number }>();
  for (const t of portfolio.timeline) {
    const month = t.date.slice(0, 7);
    const row = months.get(month) ?? { month, milestones: 0, deadlines: 0, overdue: 0 };
    if (t.kind === 'milestone') row.milestones += 1;
    else if (t.overdue) row.overdue += 1;
    else row.deadlines += 1;
    months.set(month, row);
  }
  const timeline = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  if (byProgram.length + pipeline.length + timeline.length === 0) return null;
  return (
    <div className="chart-grid">
      {byProgram.length > 0 && (
        <figure className="chart card" aria-label="Open case value by program">
          <figcaption>Open case value by program</figcaption>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={byProgram} layout="vertical" margin={{ left: 8, right: 16 }}>
              <CartesianGrid horizontal={false} stroke="#e8ebf0" />
              <XAxis type="number" tickFormatter={millions} stroke={MUTED} fontSize={12} />
              <YAxis type="category" dataKey="name" width={150} stroke={MUTED} fontSize={12} />
              <Tooltip formatter={(v) => formatCents(Number(v))} />
              <Bar dataKey="value" name="Value" fill={ACCENT} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
          <p className="visually-hidden">{byProgram.map((r) => `${r.name}: ${formatCents(r.value)}`).join('; ')}</p>
        </figure>
      )}
      {pipeline.length > 0 && (
        <figure className="chart card" aria-label="Cases by status">
          <figcaption>Pipeline: cases by status</figcaption>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={pipeline} margin={{ left: 0, right: 16 }}>
              <CartesianGrid vertical={false} stroke="#e8ebf0" />
              <XAxis dataKey="name" stroke={MUTED} fontSize={11} interval={0} angle={-25} textAnchor="end" height={60} />
              <YAxis allowDecimals={false} stroke={MUTED} fontSize={12} />
              <Tooltip />
              <Bar dataKey="cases" name="Cases" fill={ACCENT} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
          <p className="visually-hidden">{pipeline.map((r) => `${r.name}: ${r.cases}`).join('; ')}</p>
        </figure>
      )}
      {timeline.length > 0 && (
        <figure className="chart card" aria-label="Milestones and deadlines by month">
          <figcaption>Timeline: milestones and deadlines by month</figcaption>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={timeline} margin={{ left: 0, right: 16 }}>
              <CartesianGrid vertical={false} stroke="#e8ebf0" />
              <XAxis dataKey="month" stroke={MUTED} fontSize={12} />
              <YAxis allowDecimals={false} stroke={MUTED} fontSize={12} />
              <Tooltip />
              <Legend />
              <Bar dataKey="milestones" name="Milestones" stackId="t" fill={MUTED} isAnimationActive={false} />
              <Bar dataKey="deadlines" name="Deadlines" stackId="t" fill={ACCENT} isAnimationActive={false} />
              <Bar dataKey="overdue" name="Overdue" stackId="t" fill={WARN} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
          <p className="visually-hidden">
            {timeline.map((r) => `${r.month}: ${r.milestones} milestones, ${r.deadlines} deadlines, ${r.overdue} overdue`).join('; ')}
          </p>
        </figure>
      )}
    </div>
  );
}
