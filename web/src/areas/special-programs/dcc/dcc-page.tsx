import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../api/api-error.ts';
import { http, type Schema, unwrap } from '../../../api/http.ts';
import { Field } from '../../../platform/field.tsx';
import { formatCents, parseDollars } from '../../../platform/format.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../../platform/status-pages.tsx';
import { TransitionBar, TransitionForm } from '../../../platform/transition-form.tsx';
import { UnsavedGroup } from '../../../platform/unsaved-group.tsx';
import { usePageTitle } from '../../../platform/use-page-title.ts';
import { DCC_ACTION_LABELS, DCC_DOCUMENT_OPTIONS, DCC_STATUS_LABELS, label } from '../labels.ts';
import { QuickForm } from '../quick-form.tsx';

type Dcc = Schema<'DccRequest'>;
const BASE = '/special-programs/dcc/{id}' as const;
type DccWrite =
  | '/special-programs/dcc/{id}/documents'
  | '/special-programs/dcc/{id}/checklist'
  | '/special-programs/dcc/{id}/transitions'
  | '/special-programs/dcc/{id}/disbursements';
type PostAny = (path: DccWrite, init: object) => Promise<{ data?: Dcc; error?: unknown; response: Response }>;

/** One request: contract, documents against its edition, DSCA's checklist and decision, advances. */
export function DccPage() {
  const { id = '' } = useParams();
  usePageTitle(`DCC request ${id}`);
  const canWrite = useArea('special-programs')?.canWrite ?? false;
  const queryClient = useQueryClient();
  const request = useQuery({
    queryKey: ['special-programs', 'dcc', id],
    queryFn: ({ signal }) => unwrap(http.GET(BASE, { params: { path: { id } }, signal })),
  });
  const write = useMutation({
    mutationFn: (call: (r: Dcc) => Promise<Dcc>) => call(request.data!),
    onSuccess: (next) => {
      queryClient.setQueryData(['special-programs', 'dcc', id], next);
      void queryClient.invalidateQueries({ queryKey: ['special-programs'] });
    },
  });
  if (request.isPending) return <Loading />;
  if (request.isError)
    return request.error && 'status' in request.error && request.error.status === 404 ? (
      <NotAvailablePage what="This DCC request" />
    ) : (
      <ErrorNotice message={request.error.message} />
    );
  const r = request.data;
  const path = { params: { path: { id: r.id } } };
  // One typed path per write; the bodies are built by the forms, whose fields the server checks and answers for.
  const post = (p: DccWrite, body: Record<string, unknown>) =>
    write.mutateAsync((now) => unwrap((http.POST as unknown as PostAny)(p, { ...path, body: { ...body, version: now.version } })));
  const open = r.status === 'draft' || r.status === 'submitted';
  return (
    <UnsavedGroup>
      <section className="page">
        <h1>
          DCC request {r.reference} <span className="badge">{label(DCC_STATUS_LABELS, r.status)}</span>
        </h1>
        <dl className="facts">
          <dt>Partner</dt>
          <dd>{r.partnerCode}</dd>
          <dt>Prime contractor</dt>
          <dd>
            {r.primeContractor} (contract {r.contractNumber})
          </dd>
          <dt>Contract value</dt>
          <dd>{formatCents(r.contractValueCents)}</dd>
          <dt>Non-U.S. content (not financed)</dt>
          <dd>{formatCents(r.nonUsContentCents)}</dd>
          <dt>Financeable U.S. content</dt>
          <dd>{formatCents(r.financeableCents)}</dd>
          <dt>Award date and guidelines edition</dt>
          <dd>
            {r.awardDate}: {r.editionLabel} edition
          </dd>
          <dt>Approved</dt>
          <dd>{formatCents(r.approvedCents)}</dd>
          <dt>Advanced</dt>
          <dd>{formatCents(r.disbursedCents)}</dd>
          <dt>Left to advance</dt>
          <dd>{formatCents(r.remainingCents)}</dd>
          {r.decisionReason && (
            <>
              <dt>Decision</dt>
              <dd>
                {r.decisionReason} ({r.decidedBy}, {r.decidedOn})
              </dd>
            </>
          )}
        </dl>
        <h2>Documents required by the {r.editionLabel} edition</h2>
        <ul aria-label="Documents required">
          {r.requiredDocuments.map((d) => (
            <li key={d.kind}>
              {d.onFile ? 'On file: ' : 'Missing: '}
              {d.label}
            </li>
          ))}
        </ul>
        {canWrite && open && (
          <QuickForm
            title="Put a document on file"
            submitLabel="Add document"
            onSubmit={(body) => post('/special-programs/dcc/{id}/documents', body)}
            fields={[
              { name: 'kind', label: 'Document', kind: 'select', options: DCC_DOCUMENT_OPTIONS },
              { name: 'reference', label: 'Reference or file name' },
              { name: 'receivedOn', label: 'Received on', kind: 'date' },
            ]}
          />
        )}
        <h2>DSCA review checklist</h2>
        <ul aria-label="Review checklist">
          {r.checklist.map((c) => (
            <li key={c.item}>
              <label>
                <input
                  type="checkbox"
                  checked={c.done}
                  disabled={!canWrite || r.status !== 'submitted' || write.isPending}
                  onChange={(e) =>
                    void post('/special-programs/dcc/{id}/checklist', { item: c.item, done: e.target.checked }).catch(() => {})
                  }
                />{' '}
                {c.label}
              </label>
            </li>
          ))}
        </ul>
        {canWrite && (
          <DccMoves
            request={r}
            onMove={(body) => post('/special-programs/dcc/{id}/transitions', body)}
            onReload={() => void request.refetch()}
          />
        )}
        <h2>Advances</h2>
        {r.disbursements.length === 0 ? (
          <p>No advance requested.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Requested</th>
                <th>Disbursement</th>
                <th>Amount</th>
                <th>FMF grants drawn</th>
              </tr>
            </thead>
            <tbody>
              {r.disbursements.map((d) => (
                <tr key={d.id}>
                  <td>{d.requestedOn}</td>
                  <td>{d.disbursementOn}</td>
                  <td>{formatCents(d.amountCents)}</td>
                  <td>{d.sources.map((s) => `${s.appropriationName}: ${formatCents(s.amountCents)}`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canWrite && r.status === 'approved' && (
          <QuickForm
            title="Request an advance"
            submitLabel="Request advance"
            onSubmit={(body) => post('/special-programs/dcc/{id}/disbursements', body)}
            fields={[
              { name: 'amountCents', label: 'Amount (US$)', kind: 'dollars' },
              { name: 'requestedOn', label: 'Request sent to DFAS on', kind: 'date' },
              { name: 'disbursementOn', label: 'Disbursement date', kind: 'date', hint: 'At least 15 business days after the request' },
              { name: 'usFlagAttested', label: 'U.S.-flag shipping requirements are met (attestation)', kind: 'checkbox' },
            ]}
          />
        )}
      </section>
    </UnsavedGroup>
  );
}

const DANGER = ['reject', 'withdraw'];

/** The request's next moves; rejecting or withdrawing it asks why and confirms first. */
function DccMoves({
  request,
  onMove,
  onReload,
}: {
  request: Dcc;
  onMove: (body: Record<string, unknown>) => Promise<unknown>;
  onReload: () => void;
}) {
  return (
    <TransitionBar
      label="Decision"
      choices={request.allowedActions.map((action) => ({
        action,
        label: label(DCC_ACTION_LABELS, action),
        tone: DANGER.includes(action) ? ('danger' as const) : ('primary' as const),
      }))}
    >
      {(choice, close) => (
        <DccMove
          key={`${choice.action}-${request.version}`}
          action={choice.action}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onMove={async (body) => {
            await onMove(body);
            close();
          }}
        />
      )}
    </TransitionBar>
  );
}

function DccMove({
  action,
  onMove,
  onCancel,
  onReload,
}: {
  action: string;
  onMove: (body: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [approved, setApproved] = useState('');
  const danger = DANGER.includes(action);
  return (
    <TransitionForm
      label={label(DCC_ACTION_LABELS, action)}
      tone={danger ? 'danger' : 'primary'}
      reason={danger ? 'required' : 'optional'}
      reasonMax={2000}
      placed={['approvedCents']}
      record="request"
      consequence={danger ? 'The request goes no further on this decision.' : undefined}
      onCancel={onCancel}
      onReload={onReload}
      onSubmit={async (reason) => {
        const cents = parseDollars(approved);
        if (action === 'approve' && cents === null)
          throw new ApiError(400, 'validation', 'Check the amount approved', [
            { path: 'approvedCents', message: 'a dollar amount with at most two decimals' },
          ]);
        await onMove({ action, reason, ...(action === 'approve' && typeof cents === 'number' ? { approvedCents: cents } : {}) });
      }}
    >
      {(error) =>
        action === 'approve' && (
          <Field label="Amount approved (US$)" hint="Blank: all U.S. content" error={error?.fieldMessage('approvedCents')}>
            {(control) => <input {...control} inputMode="decimal" value={approved} onChange={(e) => setApproved(e.target.value)} />}
          </Field>
        )
      }
    </TransitionForm>
  );
}
