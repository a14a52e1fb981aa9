import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DataTable } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { formatCents } from '../../platform/format.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type CreateRequest, type EdaDeclaration, edaApi } from './eda-api.ts';
import { requestColumns } from './request-columns.tsx';
import { upperCase } from './upper-case.ts';

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
          <RequestForm declaration={d} />
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

const PLACED = ['partnerCode', 'authority', 'quantity', 'pchtPaidBy', 'agencyCode', 'justification'] as const;
/** createRequestInput.justification in src/areas/eda/model.ts. */
const JUSTIFICATION_MAX = 4000;

interface RequestValues {
  partnerCode: string;
  authority: CreateRequest['authority'];
  quantity: string;
  pchtPaidBy: CreateRequest['pchtPaidBy'];
  agencyCode: string;
  justification: string;
}

function RequestForm({ declaration }: { declaration: EdaDeclaration }) {
  const navigate = useNavigate();
  const countId = useId();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<RequestValues>({
    defaultValues: { partnerCode: '', authority: 'grant_516', quantity: '1', pchtPaidBy: 'recipient', agencyCode: '', justification: '' },
  });
  const save = useMutation({
    mutationFn: (v: RequestValues) =>
      edaApi.createRequest({
        partnerCode: v.partnerCode.trim().toUpperCase(),
        declarationId: declaration.id,
        authority: v.authority,
        quantity: Number(v.quantity),
        pchtPaidBy: v.pchtPaidBy,
        agencyCode: v.agencyCode.trim().toUpperCase() || null,
        justification: v.justification,
      }),
    onError: (error) => setUnplaced(applyServerErrors(error, PLACED, setError)),
  });
  const question = useUnsavedChangesGuard(formState.isDirty && !save.isSuccess);
  // Leave once the page has rendered the save (so the guard knows it is saved).
  useEffect(() => {
    if (save.data) navigate(`/eda/requests/${save.data.id}`);
  }, [save.data, navigate]);
  const { errors } = formState;
  return (
    <form
      className="form"
      onSubmit={handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
      aria-label="New request"
      noValidate
    >
      {question}
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Recipient" error={errors.partnerCode?.message} hint="Customer code, e.g. PL">
          {(c) => <input {...c} maxLength={3} {...upperCase(register('partnerCode'))} />}
        </Field>
        <Field label="Authority" error={errors.authority?.message}>
          {(c) => (
            <select {...c} {...register('authority')}>
              <option value="grant_516">Grant (FAA 516)</option>
              <option value="sale_aeca_21">Sale (AECA 21)</option>
            </select>
          )}
        </Field>
        <Field label="Quantity" error={errors.quantity?.message} hint={`At most ${declaration.quantity}`}>
          {(c) => <input {...c} inputMode="numeric" {...register('quantity')} />}
        </Field>
        <Field label="PCH&T paid by" error={errors.pchtPaidBy?.message} hint="FAA 516(e)(1): not DoD for a grant">
          {(c) => (
            <select {...c} {...register('pchtPaidBy')}>
              <option value="recipient">The recipient</option>
              <option value="dod">DoD</option>
            </select>
          )}
        </Field>
        <Field label="Implementing agency" error={errors.agencyCode?.message} hint="Letter, e.g. B (Army)">
          {(c) => <input {...c} maxLength={4} {...upperCase(register('agencyCode'))} />}
        </Field>
        <Field label="Justification" error={errors.justification?.message}>
          {(c) => (
            <>
              <input {...c} {...register('justification')} />
              <CharCount id={countId} length={watch('justification').length} max={JUSTIFICATION_MAX} />
            </>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Record request'}
        </button>
      </div>
    </form>
  );
}
