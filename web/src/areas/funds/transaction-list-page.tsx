import { DataTable } from '../../platform/data-table.tsx';
import { formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { KIND_LABELS, transactionColumns } from './appropriation-columns.tsx';
import { fundsApi, type TransactionQuery } from './funds-api.ts';
import { FundsNav } from './funds-nav.tsx';

/** Every obligation and de-obligation within scope; the URL holds the filter (partner, case), so figures can link here. */
export function TransactionListPage() {
  usePageTitle('Commitments and obligations');
  const { get, update } = useSearchState();
  const kind = get('kind');
  const query: TransactionQuery = {
    partner: get('partner') || undefined,
    case: get('case') || undefined,
    kind: kind in KIND_LABELS ? (kind as keyof typeof KIND_LABELS) : undefined,
    limit: intParam(get('limit'), 100, 500) || 100,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['funds', 'transaction-list-page:fundsApi.listTransactions'], (signal) => fundsApi.listTransactions(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Commitments and obligations</h1>
          <p className="page-sub">The append-only ledger: a correction is a de-obligation or a release, never an edit.</p>
        </div>
      </header>
      <FundsNav />
      <div className="filter-bar" role="search">
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={query.partner ?? ''}
            maxLength={3}
            onChange={(e) => update({ partner: e.target.value.toUpperCase(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Kind</span>
          <select value={query.kind ?? ''} onChange={(e) => update({ kind: e.target.value, offset: null })}>
            <option value="">all</option>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <span>Case</span>
          <input
            value={query.case ?? ''}
            onChange={(e) => update({ case: e.target.value.toUpperCase(), offset: null }, { replace: true })}
          />
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      {page.data && <p className="muted">{formatCount(page.data.total)} entries</p>}
      <DataTable
        caption="Obligations and de-obligations"
        columns={transactionColumns}
        rows={page.data?.items ?? []}
        rowKey={(t) => t.id}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No entries match.'}
      />
      {page.data && (
        <Pager
          total={page.data.total}
          limit={query.limit ?? 100}
          offset={query.offset ?? 0}
          onChange={(offset, limit) => update({ offset, limit })}
        />
      )}
    </section>
  );
}
