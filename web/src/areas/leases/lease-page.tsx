import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { type ReportDirty, useDirtyParts, useReportDirty } from '../../platform/dirty-parts.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { formatCents, parseDollars } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { LeaseActions } from './lease-actions.tsx';
import { LEASE_STATUS_LABELS, LeaseStatusBadge, WAIVER_LABELS } from './lease-labels.tsx';
import { LeasePayments } from './lease-payments.tsx';
import { type Lease, leasesApi } from './leases-api.ts';

type Article = Lease['articles'][number];
type Reason = Lease['determination']['reasons'][number];

const ARTICLE_COLUMNS: Column<Article>[] = [
  { id: 'nsn', header: 'NSN', className: 'col-code mono', render: (a) => a.nsn },
  { id: 'nomenclature', header: 'Nomenclature', render: (a) => a.nomenclature },
  { id: 'quantity', header: 'Quantity', className: 'col-narrow', render: (a) => a.quantity },
  { id: 'mde', header: 'MDE', className: 'col-narrow', render: (a) => (a.mde ? 'yes' : '') },
  { id: 'serials', header: 'Serial numbers', render: (a) => a.serialNumbers.join(', ') || '—' },
];

const REASON_COLUMNS: Column<Reason>[] = [
  { id: 'rule', header: 'Rule', render: (r) => r.rule },
  { id: 'value', header: 'Lease', className: 'col-money', render: (r) => (r.value === null ? '—' : r.value.toLocaleString('en-US')) },
  { id: 'threshold', header: 'Threshold', className: 'col-money', render: (r) => r.threshold.toLocaleString('en-US') },
  { id: 'met', header: 'Met', className: 'col-narrow', render: (r) => (r.met ? 'yes' : 'no') },
  { id: 'source', header: 'Source', render: (r) => <span className="small muted">{r.source}</span> },
];

/** One lease: its state and next moves, determination with reasons, certification notice, articles, rental, return and renewals. */
export function LeasePage() {
  const { id = '' } = useParams();
  const lease = useApi(['leases', 'lease-page:leasesApi.get'], (signal) => leasesApi.get(id, signal), [id]);
  const canWrite = useArea('leases')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  const editing = useDirtyParts();
  usePageTitle(lease.data ? `Lease ${lease.data.designator}` : 'Lease');
  if (lease.error?.isUnavailable) return <NotAvailablePage what="This lease" />;
  if (lease.error) return <ErrorNotice message={lease.error.message} onRetry={lease.reload} />;
  if (!lease.data) return <Loading />;
  const l = lease.data;
  const done = (updated: Lease, text: string) => {
    lease.setData(updated);
    setMessage(text);
  };
  const d = l.determination;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/leases">Leases</Link>
        <span aria-hidden="true">/</span>
        <span>{l.designator}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Lease {l.designator}</h1>
          <p className="page-sub">
            {l.partnerCode} · {l.partnerName} · <LeaseStatusBadge status={l.status} /> · {l.startOn} to {l.endOn}
          </p>
        </div>
      </header>
      {editing.question}
      {message && (
        <div className="notice notice-success" role="status">
          {message}
        </div>
      )}
      {canWrite && l.status === 'draft' && (
        <p>
          <Link className="button" to={`/leases/${l.id}/edit`}>
            Edit the draft
          </Link>
        </p>
      )}
      {canWrite && <LeaseActions lease={l} onDone={done} onReload={lease.reload} />}
      <section className="card" aria-labelledby="certification">
        <h2 id="certification">Certification to Congress</h2>
        <p data-testid="determination">
          {d.certificationRequired
            ? `AECA 62(a) certification required: at least ${d.reviewDays} days before signature${d.jointResolutionReview ? '; AECA 63(a) joint-resolution review applies' : ''}.`
            : 'No certification: the lease is shorter than one year (AECA 62(a)).'}{' '}
          <span className="muted small">Decided as of {d.asOf}.</span>
        </p>
        {l.emergencyWaiver && (
          <p>
            <strong>AECA 62(b) emergency waiver:</strong> {l.emergencyWaiver}
          </p>
        )}
        {l.certification ? (
          <dl className="facts" data-testid="certification-notice">
            <dt>Notice</dt>
            <dd>
              <Link to={`/notifications/${l.certification.id}`} className="mono">
                Transmittal {l.certification.transmittalNumber}
              </Link>{' '}
              ({l.certification.status.replaceAll('_', ' ')})
            </dd>
            <dt>Formally notified</dt>
            <dd className="mono">{l.certification.formallyNotifiedOn ?? '—'}</dd>
            <dt>Period ends</dt>
            <dd className="mono">{l.certification.reviewEndsOn ?? '—'}</dd>
            <dt>Cleared</dt>
            <dd className="mono">{l.certification.clearedOn ?? '—'}</dd>
          </dl>
        ) : (
          d.certificationRequired && !l.emergencyWaiver && <p className="muted">Not yet sent to Congress.</p>
        )}
        <DataTable caption="Reasons" columns={REASON_COLUMNS} rows={d.reasons} rowKey={(r) => `${r.measure}-${r.rule}`} />
      </section>
      <section className="card" aria-labelledby="terms">
        <h2 id="terms">Lease (SAMM Fig C11.F8)</h2>
        <dl className="facts">
          <dt>Implementing agency</dt>
          <dd>{l.implementingAgency}</dd>
          <dt>Replacement value</dt>
          <dd className="mono">{formatCents(l.replacementValueCents)}</dd>
          <dt>of which MDE</dt>
          <dd className="mono">{formatCents(l.mdeValueCents)}</dd>
          <dt>Total rental value</dt>
          <dd className="mono">{formatCents(l.rentalValueCents)}</dd>
          <dt>Classification</dt>
          <dd>
            Lease: {l.leaseClassification}; equipment: {l.equipmentClassification}
          </dd>
          <dt>MTCR items</dt>
          <dd>
            {l.mtcrItems
              ? `yes; list sent to DSCA ${l.mtcrListSentOn}; ${l.mtcrCompliant ? 'MTCR compliant' : 'not found compliant'}`
              : 'no'}
          </dd>
          <dt>Duration</dt>
          <dd>
            {l.termMonths} months{l.refurbishmentMonths ? ` plus ${l.refurbishmentMonths} months refurbishment` : ''}
          </dd>
          <dt>Terms</dt>
          <dd>{l.terms}</dd>
          <dt>Rental waiver</dt>
          <dd>{l.rentalWaiver ? `${WAIVER_LABELS[l.rentalWaiver]}: ${l.rentalWaiverBasis}` : 'none'}</dd>
          <dt>Administered by</dt>
          <dd>{l.administeringActivity}</dd>
          <dt>Lease and determination to DSCA</dt>
          <dd className="mono">{l.dscaEstimatedOn ?? '—'}</dd>
          <dt>Justification</dt>
          <dd>{l.justification}</dd>
          <dt>Action officer</dt>
          <dd>{l.actionOfficer}</dd>
          <dt>Signed / delivered</dt>
          <dd className="mono">
            {l.signedOn ?? '—'} / {l.deliveredOn ?? '—'}
          </dd>
          <dt>Return</dt>
          <dd>
            {l.returnedOn
              ? `returned ${l.returnedOn}: ${l.returnCondition}; loss or damage recovered ${formatCents(l.lossDamageCents)}`
              : l.returnDueOn
                ? `due ${l.returnDueOn}`
                : '—'}
          </dd>
        </dl>
      </section>
      <h2>Articles</h2>
      <DataTable caption="Articles leased" columns={ARTICLE_COLUMNS} rows={l.articles} rowKey={(a) => a.id} />
      <LeasePayments lease={l} canWrite={canWrite} onDone={done} onDirty={editing.report} />
      <section className="card" aria-labelledby="renewals">
        <h2 id="renewals">Extensions and renewals</h2>
        {l.renews && (
          <p>
            Renews <Link to={`/leases/${l.renews.id}`}>{l.renews.designator}</Link> ({LEASE_STATUS_LABELS[l.renews.status]})
          </p>
        )}
        {l.renewals.map((r) => (
          <p key={r.id}>
            Renewed by <Link to={`/leases/${r.id}`}>{r.designator}</Link> ({LEASE_STATUS_LABELS[r.status]})
          </p>
        ))}
        {!l.renews && l.renewals.length === 0 && <p className="muted">None.</p>}
        {canWrite && (l.status === 'signed' || l.status === 'active') && <RenewForm lease={l} onDirty={editing.report} />}
      </section>
    </section>
  );
}

/** Field names are the server's; the rental value is typed in dollars. */
interface RenewValues {
  termMonths: string;
  rentalValueCents: string;
}

/** An extension or renewal: a new draft lease, checked again, linked to this one. */
function RenewForm({ lease, onDirty }: { lease: Lease; onDirty: ReportDirty }) {
  const navigate = useNavigate();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<RenewValues>({
    defaultValues: { termMonths: '12', rentalValueCents: '' },
  });
  const save = useMutation({
    mutationFn: ({ termMonths, cents }: { termMonths: string; cents: number | undefined }) =>
      leasesApi.renew(lease.id, {
        version: lease.version,
        termMonths: Number(termMonths),
        refurbishmentMonths: 0,
        ...(cents !== undefined ? { rentalValueCents: cents } : {}),
      }),
    onError: (error) => setUnplaced(applyServerErrors(error, ['termMonths', 'rentalValueCents'], setError)),
  });
  useReportDirty(onDirty, 'renewal', formState.isDirty && !save.isSuccess);
  // Open the renewal once the page has rendered the save (so the guard knows it is saved).
  useEffect(() => {
    if (save.data) navigate(`/leases/${save.data.id}`);
  }, [save.data, navigate]);
  const { errors } = formState;
  return (
    <form
      className="form"
      aria-label="Extend or renew"
      noValidate
      onSubmit={handleSubmit(({ termMonths, rentalValueCents }) => {
        setUnplaced([]);
        const cents = parseDollars(rentalValueCents);
        if (cents === null) return setError('rentalValueCents', { type: 'client', message: 'a dollar amount' });
        save.mutate({ termMonths, cents });
      })}
    >
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-row">
        <Field label="Term of the renewal (months)" error={errors.termMonths?.message}>
          {(control) => <input {...control} inputMode="numeric" {...register('termMonths')} />}
        </Field>
        <Field label="Total rental value" error={errors.rentalValueCents?.message} hint="US dollars; blank: as now">
          {(control) => <input {...control} inputMode="decimal" {...register('rentalValueCents')} />}
        </Field>
        <button type="submit" className="button" disabled={save.isPending}>
          Draft the renewal
        </button>
      </div>
    </form>
  );
}
