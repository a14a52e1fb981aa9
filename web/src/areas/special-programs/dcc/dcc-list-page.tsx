import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { http, unwrap } from '../../../api/http.ts';
import { formatCents } from '../../../platform/format.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice, Loading } from '../../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../../platform/unsaved-group.tsx';
import { usePageTitle } from '../../../platform/use-page-title.ts';
import { DCC_STATUS_LABELS, label } from '../labels.ts';
import { QuickForm } from '../quick-form.tsx';

/** FMF/DCC financing requests in scope, and a new request. */
export function DccListPage() {
  usePageTitle('FMF/DCC financing');
  const [params] = useSearchParams();
  const partner = params.get('partner') ?? undefined;
  const status = (params.get('status') ?? undefined) as 'draft' | undefined;
  const canWrite = useArea('special-programs')?.canWrite ?? false;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['special-programs', 'dcc', partner, status],
    queryFn: ({ signal }) => unwrap(http.GET('/special-programs/dcc', { params: { query: { partner, status } }, signal })),
  });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => unwrap(http.POST('/special-programs/dcc', { body: body as never })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['special-programs'] }),
  });
  return (
    <UnsavedGroup>
      <section className="page">
        <h1>FMF/DCC financing</h1>
        <p>Requests to finance direct commercial contracts with Foreign Military Financing: only U.S. content is financed.</p>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorNotice message={list.error.message} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <p>No requests.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Request</th>
                <th>Partner</th>
                <th>Prime contractor</th>
                <th>Contract value</th>
                <th>Financeable</th>
                <th>Approved</th>
                <th>Advanced</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/special-programs/dcc/${r.reference}`}>{r.reference}</Link>
                  </td>
                  <td>{r.partnerCode}</td>
                  <td>{r.primeContractor}</td>
                  <td>{formatCents(r.contractValueCents)}</td>
                  <td>{formatCents(r.financeableCents)}</td>
                  <td>{formatCents(r.approvedCents)}</td>
                  <td>{formatCents(r.disbursedCents)}</td>
                  <td>{label(DCC_STATUS_LABELS, r.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canWrite && (
          <QuickForm
            title="New DCC request"
            submitLabel="Create request"
            onSubmit={(body) => create.mutateAsync(body)}
            onSaved={(created) => navigate(`/special-programs/dcc/${(created as { reference: string }).reference}`)}
            fields={[
              { name: 'partnerCode', label: 'Partner code', hint: '2–3 capitals, e.g. IS' },
              { name: 'primeContractor', label: 'Prime contractor' },
              { name: 'contractNumber', label: 'Contract number' },
              { name: 'contractValueCents', label: 'Contract value (US$)', kind: 'dollars' },
              { name: 'nonUsContentCents', label: 'Non-U.S. content (US$)', kind: 'dollars', hint: 'Excluded from the amount financed' },
              { name: 'awardDate', label: 'Award date', kind: 'date', hint: 'The guidelines edition in force on this date governs' },
              { name: 'itemsAndServices', label: 'Articles and services', kind: 'textarea' },
            ]}
          />
        )}
      </section>
    </UnsavedGroup>
  );
}
