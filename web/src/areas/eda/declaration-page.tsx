import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type CreateRequest, type EdaDeclaration, edaApi } from './eda-api.ts';
import { requestColumns } from './request-columns.tsx';

/** One declaration: what was declared, what is left, the requests against it and the form for a new one. */
export function DeclarationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const declaration = useApi(['eda', 'declaration-page:edaApi.getDeclaration'], (signal) => edaApi.getDeclaration(id, signal), [id]);
  const requests = useApi(
    ['eda', 'declaration-page:edaApi.listRequests'],
    (signal) => edaApi.listRequests({ declarationId: id, limit: 200 }, signal),
    [id],
  );
  const canWrite = useArea('eda')?.canWrite ?? false;
  usePageTitle(declaration.data?.reference ?? 'Excess declaration');
  if (declaration.error?.isUnavailable) return <NotAvailablePage what="This declaration" />;
  if (declaration.error) return <ErrorNotice message={declaration.error.message} onRetry={declaration.reload} />;
  if (!declaration.data) return <Loading />;
  const d = declaration.data;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/eda/declarations">Excess declarations</Link>
        <span aria-hidden="true">/</span>
        <span>{d.reference}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            {d.reference}: {d.nomenclature}
          </h1>
          <p className="page-sub">
            {d.militaryDepartment.replaceAll('_', ' ')} · NSN {d.nsn} · MASL {d.maslNumber} · condition {d.conditionCode}
          </p>
        </div>
      </header>
      <section className="card" aria-labelledby="declared">
        <h2 id="declared">Declared</h2>
        <dl className="facts">
          <dt>Quantity</dt>
          <dd className="mono">{d.quantity}</dd>
          <dt>Still unallocated</dt>
          <dd className="mono" data-testid="remaining">
            {d.remainingQuantity}
          </dd>
          <dt>Unit original acquisition value</dt>
          <dd className="mono">{formatCents(d.unitAcquisitionValueCents)}</dd>
          <dt>Original acquisition value</dt>
          <dd className="mono">{formatCents(d.originalAcquisitionValueCents)}</dd>
          <dt>Location</dt>
          <dd>{d.location}</dd>
          <dt>Available on</dt>
          <dd className="mono">{d.availableOn}</dd>
          <dt>Flags</dt>
          <dd>{[d.sme && 'SME', d.mde && 'MDE', d.ship && 'ship'].filter(Boolean).join(', ') || 'none'}</dd>
          <dt>Serial numbers</dt>
          <dd className="mono">{d.serialNumbers.join(', ') || '—'}</dd>
        </dl>
      </section>
      {canWrite && (
        <section className="card" aria-labelledby="new-request">
          <h2 id="new-request">New request</h2>
          <RequestForm declaration={d} onSaved={(r) => navigate(`/eda/requests/${r}`)} />
        </section>
      )}
      <h2>Requests</h2>
      {requests.error && <ErrorNotice message={requests.error.message} onRetry={requests.reload} />}
      <DataTable
        caption="Requests against this declaration"
        columns={requestColumns}
        rows={requests.data?.items ?? []}
        rowKey={(r) => r.id}
        onOpen={(r) => navigate(`/eda/requests/${r.id}`)}
        busy={requests.loading}
        empty={requests.loading ? 'Loading…' : 'No requests yet.'}
      />
    </section>
  );
}

const PLACED = ['partnerCode', 'authority', 'quantity', 'pchtPaidBy', 'agencyCode', 'justification'];

function RequestForm({ declaration, onSaved }: { declaration: EdaDeclaration; onSaved: (id: string) => void }) {
  const [form, setForm] = useState({
    partnerCode: '',
    authority: 'grant_516' as CreateRequest['authority'],
    quantity: '1',
    pchtPaidBy: 'recipient' as CreateRequest['pchtPaidBy'],
    agencyCode: '',
    justification: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await edaApi.createRequest({
        partnerCode: form.partnerCode.trim().toUpperCase(),
        declarationId: declaration.id,
        authority: form.authority,
        quantity: Number(form.quantity),
        pchtPaidBy: form.pchtPaidBy,
        agencyCode: form.agencyCode.trim().toUpperCase() || null,
        justification: form.justification,
      });
      onSaved(saved.id);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (path: string) => error?.fieldMessage(path);
  return (
    <form className="form" onSubmit={submit} aria-label="New request" noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, PLACED) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Recipient" error={fieldError('partnerCode')} hint="Customer code, e.g. PL">
          {(c) => (
            <input {...c} value={form.partnerCode} maxLength={3} onChange={(e) => set({ partnerCode: e.target.value.toUpperCase() })} />
          )}
        </Field>
        <Field label="Authority" error={fieldError('authority')}>
          {(c) => (
            <select {...c} value={form.authority} onChange={(e) => set({ authority: e.target.value as typeof form.authority })}>
              <option value="grant_516">Grant (FAA 516)</option>
              <option value="sale_aeca_21">Sale (AECA 21)</option>
            </select>
          )}
        </Field>
        <Field label="Quantity" error={fieldError('quantity')} hint={`At most ${declaration.quantity}`}>
          {(c) => <input {...c} inputMode="numeric" value={form.quantity} onChange={(e) => set({ quantity: e.target.value })} />}
        </Field>
        <Field label="PCH&T paid by" error={fieldError('pchtPaidBy')} hint="FAA 516(e)(1): not DoD for a grant">
          {(c) => (
            <select {...c} value={form.pchtPaidBy} onChange={(e) => set({ pchtPaidBy: e.target.value as typeof form.pchtPaidBy })}>
              <option value="recipient">The recipient</option>
              <option value="dod">DoD</option>
            </select>
          )}
        </Field>
        <Field label="Implementing agency" error={fieldError('agencyCode')} hint="Letter, e.g. B (Army)">
          {(c) => (
            <input {...c} value={form.agencyCode} maxLength={4} onChange={(e) => set({ agencyCode: e.target.value.toUpperCase() })} />
          )}
        </Field>
        <Field label="Justification" error={fieldError('justification')}>
          {(c) => <input {...c} value={form.justification} onChange={(e) => set({ justification: e.target.value })} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Record request'}
        </button>
      </div>
    </form>
  );
}
