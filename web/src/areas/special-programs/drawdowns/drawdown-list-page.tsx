import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { http, unwrap } from '../../../api/http.ts';
import { formatCents } from '../../../platform/format.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice, Loading } from '../../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../../platform/unsaved-group.tsx';
import { usePageTitle } from '../../../platform/use-page-title.ts';
import { AUTHORITY_OPTIONS, DRAWDOWN_STATUS_LABELS, label, optionLabel } from '../labels.ts';
import { QuickForm } from '../quick-form.tsx';

/** Presidential drawdowns in scope with their derived value, and a new drawdown. */
export function DrawdownListPage() {
  usePageTitle('Presidential drawdowns');
  const [params] = useSearchParams();
  const partner = params.get('partner') ?? undefined;
  const canWrite = useArea('special-programs')?.canWrite ?? false;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['special-programs', 'drawdowns', partner],
    queryFn: ({ signal }) => unwrap(http.GET('/special-programs/drawdowns', { params: { query: { partner } }, signal })),
  });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => unwrap(http.POST('/special-programs/drawdowns', { body: body as never })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['special-programs'] }),
  });
  return (
    <UnsavedGroup>
      <section className="page">
        <h1>Presidential drawdowns</h1>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorNotice message={list.error.message} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <p>No drawdowns.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Drawdown</th>
                <th>Partner</th>
                <th>Authority</th>
                <th>Determination</th>
                <th>Ceiling</th>
                <th>Value</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={`/special-programs/drawdowns/${d.reference}`}>{d.reference}</Link> {d.title}
                  </td>
                  <td>{d.partnerCode}</td>
                  <td>{optionLabel(AUTHORITY_OPTIONS, d.authority)}</td>
                  <td>{d.pdNumber ?? '—'}</td>
                  <td>{formatCents(d.ceilingCents)}</td>
                  <td>{formatCents(d.valueCents)}</td>
                  <td>{label(DRAWDOWN_STATUS_LABELS, d.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canWrite && (
          <QuickForm
            title="New drawdown"
            submitLabel="Create drawdown"
            onSubmit={(body) => create.mutateAsync(body)}
            onSaved={(created) => navigate(`/special-programs/drawdowns/${(created as { reference: string }).reference}`)}
            fields={[
              { name: 'partnerCode', label: 'Partner code', hint: '2–3 capitals, e.g. UP' },
              { name: 'authority', label: 'Authority', kind: 'select', options: AUTHORITY_OPTIONS },
              { name: 'title', label: 'Title' },
            ]}
          />
        )}
      </section>
    </UnsavedGroup>
  );
}
