import { exportUrl, ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useApi } from '../../platform/use-api.ts';
import { KIND_LABELS, transactionColumns } from './appropriation-columns.tsx';
import { fundsApi, type TransactionQuery, type TransactionSort } from './funds-api.ts';
import { FundsNav } from './funds-nav.tsx';

const SORTS: readonly TransactionSort[] = ['date', 'kind', 'appropriation', 'partner', 'case', 'amount'];

/** Every obligation and de-obligation within scope; the URL holds the filter (partner, case), so figures can link here. */
export function TransactionListPage() {
  const list = useListState<TransactionSort>({ sorts: SORTS, defaultSort: 'date', descendingFirst: ['date', 'amount'], defaultLimit: 100 });
  const { get, filter } = list;
  const kind = get('kind');
  const query: TransactionQuery = {
    partner: get('partner') || undefined,
    case: get('case') || undefined,
    kind: kind in KIND_LABELS ? (kind as keyof typeof KIND_LABELS) : undefined,
    ...list.sorting,
    ...list.paging,
  };
  const page = useApi(['funds', 'transaction-list-page:fundsApi.listTransactions'], (signal) => fundsApi.listTransactions(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <ListPage
      title="Commitments and obligations"
      description="The append-only ledger: a correction is a de-obligation or a release, never an edit"
      download={(format) => exportUrl('/fund-transactions', query, format)}
      filters={
        <>
          <FundsNav />
          <div className="filter-bar" role="search">
            <label className="field field-inline field-narrow">
              <span>Partner</span>
              <input value={query.partner ?? ''} maxLength={3} onChange={(e) => filter({ partner: e.target.value.toUpperCase() }, true)} />
            </label>
            <label className="field field-inline">
              <span>Kind</span>
              <select value={query.kind ?? ''} onChange={(e) => filter({ kind: e.target.value })}>
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
              <input value={query.case ?? ''} onChange={(e) => filter({ case: e.target.value.toUpperCase() }, true)} />
            </label>
          </div>
        </>
      }
      list={list}
      page={page}
      caption="Obligations and de-obligations"
      columns={transactionColumns}
      rowKey={(t) => t.id}
      empty="No entries match."
    />
  );
}
