import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { http, type Schema, unwrap } from '../../../api/http.ts';
import { formatCents } from '../../../platform/format.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../../platform/unsaved-group.tsx';
import { usePageTitle } from '../../../platform/use-page-title.ts';
import { DEPARTMENT_OPTIONS, DRAWDOWN_DOCUMENT_OPTIONS, DRAWDOWN_STATUS_LABELS, label, METHOD_OPTIONS, optionLabel } from '../labels.ts';
import { QuickForm } from '../quick-form.tsx';

type Drawdown = Schema<'Drawdown'>;
type DrawdownWrite =
  | '/special-programs/drawdowns/{id}/documents'
  | '/special-programs/drawdowns/{id}/transitions'
  | '/special-programs/drawdowns/{id}/lines'
  | '/special-programs/drawdowns/{id}/lines/{lineId}/revaluations'
  | '/special-programs/drawdowns/{id}/lines/{lineId}/delivery';
type PostAny = (path: DrawdownWrite, init: object) => Promise<{ data?: Drawdown; error?: unknown; response: Response }>;

/** One drawdown: determination, assessments, execute order by military department, values by method, delivery. */
export function DrawdownPage() {
  const { id = '' } = useParams();
  usePageTitle(`Drawdown ${id}`);
  const canWrite = useArea('special-programs')?.canWrite ?? false;
  const queryClient = useQueryClient();
  const drawdown = useQuery({
    queryKey: ['special-programs', 'drawdowns', id],
    queryFn: ({ signal }) => unwrap(http.GET('/special-programs/drawdowns/{id}', { params: { path: { id } }, signal })),
  });
  const write = useMutation({
    mutationFn: (call: (d: Drawdown) => Promise<Drawdown>) => call(drawdown.data as Drawdown),
    onSuccess: (next) => {
      queryClient.setQueryData(['special-programs', 'drawdowns', id], next);
      void queryClient.invalidateQueries({ queryKey: ['special-programs'] });
    },
  });
  if (drawdown.isPending) return <Loading />;
  if (drawdown.isError)
    return 'status' in drawdown.error && drawdown.error.status === 404 ? (
      <NotAvailablePage what="This drawdown" />
    ) : (
      <ErrorNotice message={drawdown.error.message} />
    );
  const d = drawdown.data;
  const post = (p: DrawdownWrite, body: Record<string, unknown>, lineId?: string) =>
    write.mutateAsync((now) =>
      unwrap(
        (http.POST as unknown as PostAny)(p, {
          params: { path: { id: d.id, ...(lineId ? { lineId } : {}) } },
          body: { ...body, version: now.version },
        }),
      ),
    );
  const lineOptions = d.lines.map((l) => [l.id, `Line ${l.lineNumber}: ${l.description}`] as const);
  const linesOpen = d.status === 'determined' || d.status === 'executing';
  return (
    <UnsavedGroup>
      <section className="page">
        <h1>
          Drawdown {d.reference} <span className="badge">{label(DRAWDOWN_STATUS_LABELS, d.status)}</span>
        </h1>
        <dl className="facts">
          <dt>Partner</dt>
          <dd>{d.partnerCode}</dd>
          <dt>Authority</dt>
          <dd>{d.authorityLabel}</dd>
          <dt>Presidential Determination</dt>
          <dd>{d.pdNumber ? `${d.pdNumber} of ${d.pdDate}, ceiling ${formatCents(d.ceilingCents)}` : 'Not yet made'}</dd>
          <dt>Authority cap</dt>
          <dd>{d.authorityCap ? `${formatCents(d.authorityCap.capCents)} (${d.authorityCap.citation})` : 'None recorded'}</dd>
          <dt>Value by recorded methods</dt>
          <dd>{formatCents(d.valueCents)}</dd>
          <dt>Left under the ceiling</dt>
          <dd>{formatCents(d.remainingCents)}</dd>
          {d.waiverReason && (
            <>
              <dt>Assessments waived</dt>
              <dd>
                {d.waiverReason} ({d.waivedBy}, {d.waivedOn})
              </dd>
            </>
          )}
        </dl>
        <h2>Documents on file</h2>
        <ul aria-label="Documents on file">
          {d.documents.map((doc) => (
            <li key={doc.id}>
              {doc.label}: {doc.reference} ({doc.dated})
            </li>
          ))}
        </ul>
        {canWrite && d.status !== 'delivered' && d.status !== 'cancelled' && (
          <QuickForm
            title="Put a document on file"
            submitLabel="Add document"
            onSubmit={(body) => post('/special-programs/drawdowns/{id}/documents', body)}
            fields={[
              { name: 'kind', label: 'Document', kind: 'select', options: DRAWDOWN_DOCUMENT_OPTIONS },
              { name: 'reference', label: 'Reference' },
              { name: 'dated', label: 'Dated', kind: 'date' },
            ]}
          />
        )}
        {canWrite && d.status === 'justification' && (
          <QuickForm
            title="Record the Presidential Determination"
            submitLabel="Record determination"
            onSubmit={(body) => post('/special-programs/drawdowns/{id}/transitions', { ...body, action: 'determine' })}
            fields={[
              { name: 'pdNumber', label: 'Determination number' },
              { name: 'pdDate', label: 'Determination date', kind: 'date' },
              { name: 'ceilingCents', label: 'Ceiling (US$)', kind: 'dollars' },
            ]}
          />
        )}
        <h2>Execute order</h2>
        <table className="table" aria-label="Execute-order lines">
          <thead>
            <tr>
              <th>Line</th>
              <th>Military department</th>
              <th>Articles</th>
              <th>Method</th>
              <th>Net book value</th>
              <th>Replacement cost</th>
              <th>Value</th>
              <th>Delivered</th>
            </tr>
          </thead>
          <tbody>
            {d.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.lineNumber}</td>
                <td>{optionLabel(DEPARTMENT_OPTIONS, l.militaryDepartment)}</td>
                <td>
                  {l.quantity} × {l.description}
                </td>
                <td>{optionLabel(METHOD_OPTIONS, l.valuationMethod)}</td>
                <td>{formatCents(l.netBookValueCents)}</td>
                <td>{formatCents(l.replacementCostCents)}</td>
                <td>{formatCents(l.valueCents)}</td>
                <td>{l.deliveredOn ? `${l.deliveredOn} (${l.deliveryDocument})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Revaluation report</h2>
        <dl className="facts" aria-label="Revaluation report">
          <dt>As recorded</dt>
          <dd>{formatCents(d.valuation.recordedCents)}</dd>
          <dt>All at net book value</dt>
          <dd>
            {formatCents(d.valuation.netBookValueCents)}
            {d.valuation.linesWithoutNetBookValue > 0 && ` (${d.valuation.linesWithoutNetBookValue} line(s) without one)`}
          </dd>
          <dt>All at replacement cost</dt>
          <dd>
            {formatCents(d.valuation.replacementCostCents)}
            {d.valuation.linesWithoutReplacementCost > 0 && ` (${d.valuation.linesWithoutReplacementCost} line(s) without one)`}
          </dd>
        </dl>
        <ul aria-label="Revaluation history">
          {d.lines.flatMap((l) =>
            l.revaluations.map((r) => (
              <li key={`${l.id}-${r.onDate}-${r.memo}`}>
                Line {l.lineNumber}: {optionLabel(METHOD_OPTIONS, r.oldMethod)} {formatCents(r.oldValueCents)} →{' '}
                {optionLabel(METHOD_OPTIONS, r.newMethod)} {formatCents(r.newValueCents)}, {r.reason} (memo {r.memo}, {r.onDate})
              </li>
            )),
          )}
        </ul>
        {canWrite && linesOpen && (
          <QuickForm
            title="Add an execute-order line"
            submitLabel="Add line"
            onSubmit={(body) => post('/special-programs/drawdowns/{id}/lines', { ...body, quantity: Number(body.quantity) })}
            fields={[
              { name: 'militaryDepartment', label: 'Military department', kind: 'select', options: DEPARTMENT_OPTIONS },
              { name: 'description', label: 'Articles' },
              { name: 'quantity', label: 'Quantity' },
              { name: 'valuationMethod', label: 'Valuation method', kind: 'select', options: METHOD_OPTIONS },
              { name: 'netBookValueCents', label: 'Net book value (US$)', kind: 'dollars' },
              { name: 'replacementCostCents', label: 'Replacement cost (US$)', kind: 'dollars' },
            ]}
          />
        )}
        {canWrite && d.status === 'determined' && (
          <QuickForm
            title="Execute"
            submitLabel="Execute the drawdown"
            onSubmit={(body) => post('/special-programs/drawdowns/{id}/transitions', { ...body, action: 'execute' })}
            fields={[{ name: 'waiverReason', label: 'Waiver of the assessments (only if they are not on file): reason', kind: 'textarea' }]}
          />
        )}
        {canWrite && linesOpen && d.lines.length > 0 && (
          <QuickForm
            key={d.version}
            title="Revalue a line"
            submitLabel="Revalue"
            onSubmit={({ lineId, ...body }) => post('/special-programs/drawdowns/{id}/lines/{lineId}/revaluations', body, String(lineId))}
            fields={[
              { name: 'lineId', label: 'Line', kind: 'select', options: lineOptions },
              { name: 'valuationMethod', label: 'Valuation method', kind: 'select', options: METHOD_OPTIONS },
              { name: 'netBookValueCents', label: 'Net book value (US$)', kind: 'dollars' },
              { name: 'replacementCostCents', label: 'Replacement cost (US$)', kind: 'dollars' },
              { name: 'reason', label: 'Reason' },
              { name: 'memo', label: 'Memo reference' },
              { name: 'onDate', label: 'Date', kind: 'date' },
            ]}
          />
        )}
        {canWrite && d.status === 'executing' && (
          <QuickForm
            key={d.version}
            title="Record delivery and title transfer"
            submitLabel="Record delivery"
            onSubmit={({ lineId, ...body }) => post('/special-programs/drawdowns/{id}/lines/{lineId}/delivery', body, String(lineId))}
            fields={[
              {
                name: 'lineId',
                label: 'Line',
                kind: 'select',
                options: lineOptions.filter(([lid]) => !d.lines.find((l) => l.id === lid)?.deliveredOn),
              },
              { name: 'deliveredOn', label: 'Delivered on', kind: 'date' },
              { name: 'document', label: 'Delivery and title-transfer document' },
            ]}
          />
        )}
        <h2>Replacement appropriations</h2>
        {d.replacements.length === 0 ? (
          <p>None linked.</p>
        ) : (
          <ul>
            {d.replacements.map((r) => (
              <li key={r.appropriationId}>
                {r.name} (FY{r.fiscalYear}) {r.note}
              </li>
            ))}
          </ul>
        )}
      </section>
    </UnsavedGroup>
  );
}
