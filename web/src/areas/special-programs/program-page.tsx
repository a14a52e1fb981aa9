import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { http, unwrap } from '../../api/http.ts';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { conditionTerms, STATUS_LABELS, TAG_ONLY_PROGRAMS } from './labels.ts';

/** One program: its authority (from funds) and the conditions on its money; ERI/EDI says it has none. */
export function ProgramPage() {
  const { code = '' } = useParams();
  const program = useQuery({
    queryKey: ['special-programs', 'program', code],
    queryFn: ({ signal }) => unwrap(http.GET('/fund-programs/{code}', { params: { path: { code } }, signal })),
  });
  const conditions = useQuery({
    queryKey: ['special-programs', 'conditions', code],
    queryFn: ({ signal }) => unwrap(http.GET('/special-programs/conditions', { params: { query: { program: code } }, signal })),
  });
  usePageTitle(program.data?.name ?? 'Program');
  if (program.isError && 'isUnavailable' in program.error && program.error.isUnavailable) return <NotAvailablePage what="This program" />;
  if (program.isPending || conditions.isPending) return <Loading />;
  if (program.isError) return <ErrorNotice message={program.error.message} onRetry={() => program.refetch()} />;
  if (conditions.isError) return <ErrorNotice message={conditions.error.message} onRetry={() => conditions.refetch()} />;
  const tagOnly = TAG_ONLY_PROGRAMS[program.data.code];
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/special-programs">Special programs</Link>
      </nav>
      <header className="page-header">
        <h1>{program.data.name}</h1>
        <p className="page-sub">
          {program.data.authority} · Title {program.data.title}
        </p>
      </header>
      {tagOnly && (
        <div className="notice notice-info" role="note" data-testid="tag-only">
          <strong>A funding-source tag, with no rule set.</strong> {tagOnly}
        </div>
      )}
      <section className="card" aria-labelledby="program-conditions">
        <h2 id="program-conditions">Conditions on its money</h2>
        {conditions.data.items.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul>
            {conditions.data.items.map((c) => (
              <li key={c.id}>
                <Link to={`/special-programs/conditions/${c.id}`}>{c.name}</Link>: {conditionTerms(c)} — {STATUS_LABELS[c.status]}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
