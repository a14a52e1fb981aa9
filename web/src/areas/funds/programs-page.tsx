import { useState } from 'react';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { useSession } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type FundProgram, fundsApi } from './funds-api.ts';
import { FundsNav } from './funds-nav.tsx';
import { ProgramForm } from './program-form.tsx';

const CHANNELS: Record<string, string> = {
  fms_case: 'FMS case',
  bpc_case: 'BPC case',
  direct_commercial_contract: 'Direct commercial contract',
  drawdown: 'Drawdown',
  lease: 'Lease',
};

const COLUMNS: Column<FundProgram>[] = [
  { id: 'code', header: 'Program', className: 'col-code', render: (p) => <span className="mono strong">{p.code}</span> },
  { id: 'name', header: 'Name', render: (p) => (p.active ? p.name : `${p.name} (inactive)`) },
  { id: 'title', header: 'Title', className: 'col-narrow', render: (p) => `Title ${p.title}` },
  { id: 'authority', header: 'Authority', render: (p) => p.authority },
  {
    id: 'through',
    header: 'Executed through',
    render: (p) => (p.executedThrough ? CHANNELS[p.executedThrough] : <span className="muted">not stated (administrator)</span>),
  },
  { id: 'notices', header: 'Notifications', render: (p) => p.notifications.join(', ') || '—' },
  { id: 'cap', header: 'Cap a year', className: 'col-money', render: (p) => formatCents(p.annualCapCents) },
];

/** The authorities and programs with their titles, citations and the rules that differ by program. */
export function ProgramsPage() {
  usePageTitle('Programs and authorities');
  const rows = useApi(['funds', 'programs-page:fundsApi.listPrograms'], (signal) => fundsApi.listPrograms(signal), []);
  const isAdmin = useSession().user.roles.includes('administrator');
  const [adding, setAdding] = useState(false);
  return (
    <UnsavedGroup>
      <section className="page">
        <header className="page-header">
          <div>
            <h1>Programs and authorities</h1>
            <p className="page-sub">
              Title 10 and Title 22 authorities with their citations (shared/domain.md §9); administrators add others.
            </p>
          </div>
          {isAdmin && !adding && (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              New program
            </button>
          )}
        </header>
        <FundsNav />
        {adding && (
          <section className="card">
            <ProgramForm
              onSaved={() => {
                setAdding(false);
                rows.reload();
              }}
              onCancel={() => setAdding(false)}
            />
          </section>
        )}
        {rows.error && <ErrorNotice message={rows.error.message} onRetry={rows.reload} />}
        <DataTable
          caption="Programs and authorities"
          columns={COLUMNS}
          rows={rows.data ?? []}
          rowKey={(p) => p.code}
          rowLabel={(p) => p.name}
          detail={(p) => (
            <div className="small">
              <span className="muted">Source:</span> {p.source}
            </div>
          )}
          busy={rows.loading}
          empty={rows.loading ? 'Loading…' : 'No programs.'}
        />
      </section>
    </UnsavedGroup>
  );
}
