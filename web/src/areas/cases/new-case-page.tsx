import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useArea } from '../../platform/session-context.tsx';
import { NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { OpenCaseForm } from './open-case-form.tsx';

/** A case opened directly, without a letter of request (e.g. a case migrated from paper). */
export function NewCasePage() {
  usePageTitle('New case');
  const navigate = useNavigate();
  const canWrite = useArea('cases')?.canWrite ?? false;
  const partners = useApi(
    ['cases', 'new-case-page:api.listPartners'],
    (signal) => api.listPartners({ limit: 1000, sort: 'code' }, signal),
    [],
  );
  if (!canWrite) return <NotAvailablePage what="Opening a case" />;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/cases">Cases</Link>
        <span aria-hidden="true">/</span>
        <span>New case</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>New case</h1>
          <p className="page-sub">
            Most cases open from an actionable <Link to="/cases/lors">letter of request</Link>; open one directly only when there is none.
          </p>
        </div>
      </header>
      <section className="card">
        {partners.data ? (
          <OpenCaseForm partners={partners.data.items} onCancel={() => navigate('/cases')} />
        ) : (
          <p className="muted">Loading partners…</p>
        )}
      </section>
    </section>
  );
}
