import { Link } from 'react-router-dom';
import type { TimelinessBucket, TimelinessRow } from '../../api/types.ts';
import type { Column } from '../../platform/data-table.tsx';
import { formatCount } from '../../platform/format.ts';

export function formatShare(percent: number | null): string {
  return percent === null ? '—' : `${percent.toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
}

function OnTime({ value }: { value: boolean | null }) {
  if (value === null) return <span className="muted">—</span>;
  return value ? <span className="badge badge-ok">yes</span> : <span className="badge badge-danger">no</span>;
}

/** Offered, measured, on time and the on-time share of one grouping (by agency or by month), with the overall total. */
export function BucketTable({
  title,
  caption,
  buckets,
  overall,
}: {
  title: string;
  caption: string;
  buckets: readonly TimelinessBucket[];
  overall: TimelinessBucket;
}) {
  const id = `bucket-${caption.replaceAll(' ', '-').toLowerCase()}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="table-wrap">
        <table className="data-table table-compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{title.replace(/^By /, '').replace(/^\w/, (c) => c.toUpperCase())}</th>
              <th scope="col" className="num">
                Offered
              </th>
              <th scope="col" className="num">
                Measured
              </th>
              <th scope="col" className="num">
                On time
              </th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col" className="num">
                Goal
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.length === 0 && (
              <tr>
                <td colSpan={6} className="table-empty">
                  No case offered in this period.
                </td>
              </tr>
            )}
            {[...buckets, overall].map((b) => (
              <tr
                key={b.key}
                aria-label={`${b.label}: ${b.onTime} of ${b.measured} on time`}
                className={b === overall ? 'row-total' : undefined}
              >
                <th scope="row">{b === overall ? 'All' : b.label}</th>
                <td className="num">{formatCount(b.cases)}</td>
                <td className="num">{formatCount(b.measured)}</td>
                <td className="num">{formatCount(b.onTime)}</td>
                <td className={`num${b.meetsGoal === false ? ' diff-down' : ''}`}>{formatShare(b.onTimeSharePercent)}</td>
                <td className="num muted">{formatShare(b.goalSharePercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const CLOCK_LABELS = { lor_received: 'LOR received', lor_complete: 'LOR complete' } as const;

export const timelinessColumns: Column<TimelinessRow>[] = [
  {
    id: 'identifier',
    header: 'Case',
    className: 'col-code',
    render: (r) => (
      <Link className="mono strong" to={`/cases/${r.identifier}`}>
        {r.identifier}
      </Link>
    ),
  },
  {
    id: 'partner',
    header: 'Partner',
    className: 'col-narrow',
    render: (r) => (
      <span title={r.partnerName}>
        <span className="mono">{r.partnerCode}</span> <span className="muted">{r.partnerName}</span>
      </span>
    ),
  },
  {
    id: 'agency',
    header: 'Agency',
    className: 'col-narrow',
    render: (r) => (
      <span className="mono" title={r.agencyName}>
        {r.agencyCode}
      </span>
    ),
  },
  { id: 'group', header: 'Group', className: 'col-narrow', render: (r) => r.offerGroup ?? <span className="muted">—</span> },
  {
    id: 'start',
    header: 'Clock start',
    className: 'col-date',
    render: (r) =>
      r.startedOn ? (
        <span title={r.startMilestone ? CLOCK_LABELS[r.startMilestone] : undefined}>{r.startedOn}</span>
      ) : (
        <span className="muted">—</span>
      ),
  },
  { id: 'offered', header: 'Offered', className: 'col-date', render: (r) => r.offeredOn ?? <span className="muted">—</span> },
  {
    id: 'days',
    header: 'Days',
    className: 'num',
    render: (r) => (r.days === null ? <span className="muted">—</span> : formatCount(r.days)),
  },
  {
    id: 'target',
    header: 'Target days',
    className: 'num',
    render: (r) => (r.targetDays === null ? <span className="muted">—</span> : formatCount(r.targetDays)),
  },
  { id: 'onTime', header: 'On time', className: 'col-narrow', render: (r) => <OnTime value={r.onTime} /> },
  { id: 'reason', header: 'Reason', className: 'col-reason', render: (r) => r.reason || <span className="muted">—</span> },
];
