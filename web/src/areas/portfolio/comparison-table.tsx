import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { formatCents, formatCount } from '../../platform/format.ts';
import type { SideBySide } from './portfolio-api.ts';

type Row = SideBySide['sections'][number]['rows'][number];
type Cell = Row['cells'][number];

/** Count and/or amount, as the figure has them ("3 · $1,000.00"); a measure the row lacks is left out. */
const valueText = (v: { count: number | null; cents: number | null }) =>
  [v.count === null ? null : formatCount(v.count), v.cents === null ? null : formatCents(v.cents)].filter(Boolean).join(' · ') || '—';

/** A partner's figure as a link to its records; a figure the partner does not have is a plain zero (nothing behind it). */
function CellValue({ row, cell }: { row: Row; cell: Cell }) {
  const text = valueText(cell);
  if (!cell.link)
    return (
      <span className="muted" data-figure={row.key} data-partner={cell.partnerCode} title="No records">
        {text}
      </span>
    );
  const atRisk = cell.risk !== null && Boolean(cell.count || cell.cents);
  return (
    <>
      <Link to={cell.link} data-figure={row.key} data-partner={cell.partnerCode}>
        {text}
      </Link>
      {atRisk && <span className="badge badge-warning">{cell.risk}</span>}
    </>
  );
}

/** Every figure of the partner page, one row per figure and one column per partner, with totals. */
export function ComparisonTable({ data }: { data: SideBySide }) {
  const span = data.partners.length + 2;
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label="Partners side by side">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {data.partners.map((p) => (
              <th key={p.code} scope="col" className="num">
                <Link to={`/portfolio/${p.code}`}>
                  {p.name} ({p.code})
                </Link>
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        {data.sections.map((s) => (
          <tbody key={s.id} data-section={s.id}>
            <tr>
              <th scope="colgroup" colSpan={span} className="strong">
                {s.label}
              </th>
            </tr>
            {s.rows.length === 0 && (
              <tr>
                <td colSpan={span} className="muted">
                  Nothing recorded.
                </td>
              </tr>
            )}
            {s.rows.map((r, i) => (
              <Fragment key={r.key}>
                {r.group !== null && r.group !== s.rows[i - 1]?.group && (
                  <tr>
                    <th scope="rowgroup" colSpan={span} className="muted small">
                      {r.group.replaceAll('_', ' ')}
                    </th>
                  </tr>
                )}
                <tr>
                  <th scope="row" style={r.group ? { paddingLeft: '1.5rem', fontWeight: 'normal' } : undefined}>
                    {r.label}
                  </th>
                  {r.cells.map((c) => (
                    <td key={c.partnerCode} className="num">
                      <CellValue row={r} cell={c} />
                    </td>
                  ))}
                  <td className="num strong" data-total={r.key}>
                    {valueText(r.total)}
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        ))}
        <tbody>
          <tr>
            <th scope="row">Activity (30 days)</th>
            {data.partners.map((p) => (
              <td key={p.code} className="num">
                {formatCount(p.activity)}
              </td>
            ))}
            <td className="num strong">{formatCount(data.totals.activity)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
