import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { http, unwrap } from '../../api/http.ts';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { conditionTerms, STATUS_LABELS, TAG_ONLY_PROGRAMS } from './labels.ts';

const PROGRAMS = ['USAI', 'ITEF', 'SYRIA-TE', 'CTEF', 'EDI'];

/** Every program condition, by program, with where it stands today. */
export function ConditionListPage() {
  usePageTitle('Special programs');
  const area = useArea('special-programs');
  const conditions = useQuery({
    queryKey: ['special-programs', 'conditions'],
    queryFn: ({ signal }) => unwrap(http.GET('/special-programs/conditions', { signal })),
  });
  return (
    <section className="page">
      <header className="page-header">
        <h1>Special programs</h1>
        <p className="page-sub">
          The conditions the law sets before the money of USAI, Iraq and Syria train and equip, CTEF and ERI/EDI may be obligated.
          Obligations that do not meet them are refused.
        </p>
        <div className="actions">
          <Link className="button" to="/special-programs/recipients">
            Vetted recipients
          </Link>
          <Link className="button" to="/special-programs/dcc">
            FMF/DCC financing
          </Link>
          <Link className="button" to="/special-programs/drawdowns">
            Presidential drawdowns
          </Link>
          {area?.canAdminister && (
            <Link className="button" to="/special-programs/conditions/new">
              Enter a condition
            </Link>
          )}
        </div>
      </header>
      <nav aria-label="Programs" className="card">
        <h2>Programs</h2>
        <ul className="inline-list">
          {PROGRAMS.map((code) => (
            <li key={code}>
              <Link to={`/special-programs/programs/${code}`}>{code === 'EDI' ? 'ERI/EDI' : code}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {conditions.isPending ? (
        <Loading />
      ) : conditions.isError ? (
        <ErrorNotice message={conditions.error.message} onRetry={() => conditions.refetch()} />
      ) : (
        <section className="card" aria-labelledby="conditions-heading">
          <h2 id="conditions-heading">Conditions</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Condition</th>
                <th scope="col">Terms</th>
                <th scope="col">Where it stands</th>
                <th scope="col">Obligated</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {conditions.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/special-programs/conditions/${c.id}`}>{c.name}</Link>
                  </td>
                  <td>{conditionTerms(c)}</td>
                  <td>{STATUS_LABELS[c.status]}</td>
                  <td className="mono">{c.obligatedCents === null ? '—' : formatCents(c.obligatedCents)}</td>
                  <td className="small">
                    {c.source}
                    {!c.verified && <span className="badge"> unverified</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{TAG_ONLY_PROGRAMS.EDI}</p>
        </section>
      )}
    </section>
  );
}
