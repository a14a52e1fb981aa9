import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { http, unwrap } from '../api/http.ts';
import { formatCents, formatDate } from '../platform/format.ts';
import { usePageTitle } from '../platform/use-page-title.ts';
import { DiscrepancyForm } from './discrepancy-form.tsx';
import { Empty, QueryState } from './query-state.tsx';
import { plain } from './words.ts';

export function ShipmentDetailPage() {
  const id = useParams().id ?? '';
  const found = useQuery({
    queryKey: ['partner', 'shipments', id],
    queryFn: ({ signal }) => unwrap(http.GET('/partner/shipments/{id}', { params: { path: { id } }, signal })),
  });
  usePageTitle(found.data ? `Shipment ${found.data.number}` : 'Shipment');
  return (
    <div className="page">
      <p>
        <Link to="/partner/shipments">Your deliveries</Link>
      </p>
      <QueryState query={found} what="This shipment">
        {(s) => (
          <>
            <header className="page-header">
              <div>
                <h1>Shipment {s.number}</h1>
                <p className="page-sub">
                  Case {s.caseIdentifier} · {plain(s.mode)} · from {s.origin} to {s.portOfDebarkation} · custody transfers at{' '}
                  {s.custodyTransferPoint}
                </p>
              </div>
            </header>
            <section className="card" aria-labelledby="ship-milestones">
              <h2 id="ship-milestones">Milestones</h2>
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Milestone</th>
                      <th scope="col">Planned</th>
                      <th scope="col">Expected</th>
                      <th scope="col">Done</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.milestones.map((m) => (
                      <tr key={m.milestone}>
                        <td>{plain(m.milestone)}</td>
                        <td>{formatDate(m.plannedOn)}</td>
                        <td>{formatDate(m.estimatedOn)}</td>
                        <td>{formatDate(m.actualOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section className="card" aria-labelledby="ship-delays">
              <h2 id="ship-delays">Delays and their causes</h2>
              {s.delays.length === 0 ? (
                <Empty>No delay recorded.</Empty>
              ) : (
                <ul>
                  {s.delays.map((d) => (
                    <li key={`${d.milestone}-${d.toOn}`}>
                      {plain(d.milestone)} moved from {formatDate(d.fromOn)} to {formatDate(d.toOn)}: {d.cause}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="ship-lines">
              <h2 id="ship-lines">Lines</h2>
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Description</th>
                      <th scope="col">Shipped</th>
                      <th scope="col">Received</th>
                      <th scope="col">Accepted</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.lines.map((l) => (
                      <tr key={l.lineNumber}>
                        <td>{l.lineNumber}</td>
                        <td>{l.description}</td>
                        <td>{l.quantity}</td>
                        <td>{l.received}</td>
                        <td>{l.accepted}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section className="card" aria-labelledby="ship-discrepancies">
              <h2 id="ship-discrepancies">Discrepancy reports</h2>
              {s.discrepancies.length === 0 ? (
                <Empty>No discrepancy reported.</Empty>
              ) : (
                <ul>
                  {s.discrepancies.map((d) => (
                    <li key={`${d.lineNumber}-${d.submittedOn}-${d.description}`}>
                      {plain(d.kind)} on line {d.lineNumber}, {formatCents(d.valueCents)}, sent {formatDate(d.submittedOn)}: {d.description}{' '}
                      — {plain(d.status)}
                      {d.resolution && ` (${d.resolution}, ${formatDate(d.resolvedOn)})`}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {s.lines.length > 0 && <DiscrepancyForm shipmentId={s.id} lineNumbers={s.lines.map((l) => l.lineNumber)} />}
          </>
        )}
      </QueryState>
    </div>
  );
}
