import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { http, unwrap } from '../api/http.ts';
import { formatDate } from '../platform/format.ts';
import { usePageTitle } from '../platform/use-page-title.ts';
import { Empty, QueryState } from './query-state.tsx';
import { plain } from './words.ts';

export function ShipmentsPage() {
  usePageTitle('Your deliveries');
  const shipments = useQuery({
    queryKey: ['partner', 'shipments'],
    queryFn: ({ signal }) => unwrap(http.GET('/partner/shipments', { signal })),
  });
  return (
    <div className="page">
      <header className="page-header">
        <h1>Your deliveries</h1>
      </header>
      <QueryState query={shipments} what="Your deliveries">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>No shipment for you yet.</Empty>
          ) : (
            <div className="table-wrap card">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Shipment</th>
                    <th scope="col">Case</th>
                    <th scope="col">Mode</th>
                    <th scope="col">Where it is</th>
                    <th scope="col">Custody transfers at</th>
                    <th scope="col">Delivered</th>
                    <th scope="col">Received</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <Link to={`/partner/shipments/${encodeURIComponent(row.id)}`}>{row.number}</Link>
                      </td>
                      <td>{row.caseIdentifier}</td>
                      <td>{plain(row.mode)}</td>
                      <td>{plain(row.stage)}</td>
                      <td>{row.custodyTransferPoint}</td>
                      <td>{formatDate(row.deliveredOn)}</td>
                      <td>{formatDate(row.receivedOn)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </div>
  );
}
