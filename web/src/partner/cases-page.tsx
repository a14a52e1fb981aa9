import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { http, unwrap } from '../api/http.ts';
import { formatCents, formatDate } from '../platform/format.ts';
import { usePageTitle } from '../platform/use-page-title.ts';
import { Empty, QueryState } from './query-state.tsx';
import { plain } from './words.ts';

export function CasesPage() {
  usePageTitle('Your cases');
  const cases = useQuery({ queryKey: ['partner', 'cases'], queryFn: ({ signal }) => unwrap(http.GET('/partner/cases', { signal })) });
  return (
    <div className="page">
      <header className="page-header">
        <h1>Your cases</h1>
      </header>
      <QueryState query={cases} what="Your cases">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>No case is open for you yet.</Empty>
          ) : (
            <div className="table-wrap card">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Case</th>
                    <th scope="col">Title</th>
                    <th scope="col">Status</th>
                    <th scope="col">Total</th>
                    <th scope="col">Offer expires</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.identifier}>
                      <td>
                        <Link to={`/partner/cases/${encodeURIComponent(row.identifier)}`}>{row.identifier}</Link>
                      </td>
                      <td>{row.title}</td>
                      <td>{plain(row.status)}</td>
                      <td>{formatCents(row.totalCents)}</td>
                      <td>{formatDate(row.offerExpirationDate)}</td>
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
