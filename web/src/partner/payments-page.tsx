import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { http, unwrap } from '../api/http.ts';
import { formatCents, formatDate, todayIso } from '../platform/format.ts';
import { usePageTitle } from '../platform/use-page-title.ts';
import { Empty, QueryState } from './query-state.tsx';

export function PaymentsPage() {
  usePageTitle('Payments due');
  const payments = useQuery({
    queryKey: ['partner', 'payments'],
    queryFn: ({ signal }) => unwrap(http.GET('/partner/payments', { signal })),
  });
  const today = todayIso();
  return (
    <div className="page">
      <header className="page-header">
        <h1>Payments due</h1>
      </header>
      <QueryState query={payments} what="Your payments">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>Nothing is due on your LOAs.</Empty>
          ) : (
            <div className="table-wrap card">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Case</th>
                    <th scope="col">LOA version</th>
                    <th scope="col">Due on</th>
                    <th scope="col">Amount</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.caseIdentifier}-${row.versionNumber}-${row.dueDate}`}>
                      <td>
                        <Link to={`/partner/cases/${encodeURIComponent(row.caseIdentifier)}`}>{row.caseIdentifier}</Link>
                      </td>
                      <td>{row.versionNumber}</td>
                      <td>
                        {formatDate(row.dueDate)}
                        {row.dueDate < today && ' (past due)'}
                      </td>
                      <td>{formatCents(row.amountCents)}</td>
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
