import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatBasisPoints, formatCents, formatCount, parseDollars, todayIso } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea, useSession } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { type SdafTransfer, sdafApi, type TransferQuery } from './sdaf-api.ts';
import { SdafNav } from './sdaf-nav.tsx';
import { useSubmit } from './use-submit.ts';

const columns: Column<SdafTransfer>[] = [
  { id: 'on', header: 'Title transfer', className: 'col-date mono', render: (t) => t.titleTransferOn },
  {
    id: 'case',
    header: 'Case',
    className: 'mono',
    render: (t) => (t.caseWithheld ? 'withheld' : <Link to={`/cases/${t.caseIdentifier}`}>{t.caseIdentifier}</Link>),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (t) => t.partnerCode },
  { id: 'item', header: 'Item', render: (t) => `${t.quantity} × ${t.nomenclature}` },
  { id: 'cost', header: 'Item cost', className: 'col-money', render: (t) => formatCents(t.itemCostCents) },
  { id: 'reimbursed', header: 'Reimbursed', className: 'col-money strong', render: (t) => formatCents(t.reimbursementCents) },
];

/** Transfers to FMS cases and their reimbursement; a partner's users see only those to their own cases. */
export function SdafTransfersPage() {
  usePageTitle('SDAF transfers');
  const { get, update } = useSearchState();
  const whole = useSession().user.scope.allCountries;
  const canWrite = (useArea('sdaf')?.canWrite ?? false) && whole;
  const [done, setDone] = useState<SdafTransfer | null>(null);
  const query: TransferQuery = {
    partner: get('partner') || undefined,
    limit: intParam(get('limit'), 100, 500) || 100,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['sdaf', 'transfers-page:sdafApi.transfers'], (signal) => sdafApi.transfers(query, signal), [JSON.stringify(query)]);
  return (
    <UnsavedGroup>
      <section className="page">
        <header className="page-header">
          <div>
            <h1>SDAF transfers</h1>
            <p className="page-sub">Title passes to the buyer’s FMS case; the fund is reimbursed at title transfer (DSCA 21-15).</p>
          </div>
        </header>
        <SdafNav />
        {done && <Reimbursement transfer={done} />}
        {canWrite && (
          <section className="card">
            <h2>Transfer to a case</h2>
            <TransferForm
              onDone={(t) => {
                setDone(t);
                page.reload();
              }}
            />
          </section>
        )}
        <div className="filter-bar" role="search">
          <label className="field field-inline field-narrow">
            <span>Partner</span>
            <input
              value={query.partner ?? ''}
              maxLength={3}
              onChange={(e) => update({ partner: e.target.value.toUpperCase() || null, offset: null }, { replace: true })}
            />
          </label>
        </div>
        {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
        {page.data && (
          <p className="muted">
            {formatCount(page.data.total)} transfers · reimbursed {formatCents(page.data.reimbursedCents)}
          </p>
        )}
        <DataTable
          caption="Transfers"
          columns={columns}
          rows={page.data?.items ?? []}
          rowKey={(t) => t.id}
          busy={page.loading}
          empty={page.loading ? 'Loading…' : 'No transfers.'}
        />
        {page.data && (
          <Pager total={page.data.total} limit={query.limit ?? 100} offset={query.offset ?? 0} onChange={(offset) => update({ offset })} />
        )}
      </section>
    </UnsavedGroup>
  );
}

function Reimbursement({ transfer: t }: { transfer: SdafTransfer }) {
  return (
    <section className="notice notice-success" role="status" aria-label="Reimbursement">
      <p className="strong">
        {t.quantity} × {t.nomenclature} transferred to {t.caseIdentifier}; the fund is reimbursed {formatCents(t.reimbursementCents)}
      </p>
      <dl className="facts">
        <dt>Item cost</dt>
        <dd className="mono">{formatCents(t.itemCostCents)}</dd>
        <dt>Nonrecurring cost (DSCA 21-57)</dt>
        <dd className="mono">{formatCents(t.nonrecurringCents)}</dd>
        <dt>Contract administration surcharge ({formatBasisPoints(t.casBasisPoints)}, DSCA 24-12)</dt>
        <dd className="mono">{formatCents(t.casCents)}</dd>
        <dt>Storage and preparation</dt>
        <dd className="mono">{formatCents(t.storagePreparationCents)}</dd>
        <dt>Reimbursement</dt>
        <dd className="mono strong" data-testid="reimbursement">
          {formatCents(t.reimbursementCents)}
        </dd>
      </dl>
    </section>
  );
}

function TransferForm({ onDone }: { onDone: (t: SdafTransfer) => void }) {
  const stock = useApi(
    ['sdaf', 'transfers-page:sdafApi.inventory'],
    (signal) => sdafApi.inventory({ onHand: 'yes', limit: 500 }, signal),
    [],
  );
  const [itemId, setItemId] = useState('');
  const [caseId, setCaseId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [titleTransferOn, setTitleTransferOn] = useState(todayIso());
  const [nonrecurring, setNonrecurring] = useState('');
  const [storage, setStorage] = useState('0');
  const [documentReference, setDocumentReference] = useState('');
  const { error, busy, run, fail, onInput } = useSubmit();
  const item = stock.data?.items.find((i) => i.itemId === itemId);
  function submit(event: FormEvent) {
    event.preventDefault();
    const storageCents = parseDollars(storage || '0');
    if (typeof storageCents !== 'number') return fail('storagePreparationCents', 'a dollar amount');
    const nrc = parseDollars(nonrecurring);
    if (nrc === null) return fail('nonrecurringCents', 'a dollar amount');
    void run(
      () =>
        sdafApi.transfer({
          itemId,
          caseId: caseId.trim(),
          quantity: Number(quantity),
          titleTransferOn,
          nonrecurringCents: nrc ?? null,
          storagePreparationCents: storageCents,
          documentReference,
        }),
      (t) => {
        setQuantity('');
        stock.reload();
        onDone(t);
      },
    );
  }
  const placed = ['itemId', 'caseId', 'quantity', 'titleTransferOn', 'nonrecurringCents', 'storagePreparationCents', 'documentReference'];
  return (
    <form className="form" onSubmit={submit} aria-label="Transfer to a case" onInput={onInput} noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Item on hand" error={error?.fieldMessage('itemId')}>
          {(control) => (
            <select {...control} value={itemId} onChange={(e) => setItemId(e.target.value)}>
              <option value="">choose…</option>
              {(stock.data?.items ?? []).map((i) => (
                <option key={i.itemId} value={i.itemId}>
                  {i.nomenclature} ({i.onHandQuantity} on hand, {i.contractNumber})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="FMS case" hint="Identifier, e.g. AT-B-AAA" error={error?.fieldMessage('caseId')}>
          {(control) => <input {...control} value={caseId} onChange={(e) => setCaseId(e.target.value.toUpperCase())} />}
        </Field>
        <Field label="Quantity" error={error?.fieldMessage('quantity')}>
          {(control) => <input {...control} inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />}
        </Field>
        <Field label="Title transfer on" error={error?.fieldMessage('titleTransferOn')}>
          {(control) => <input {...control} type="date" value={titleTransferOn} onChange={(e) => setTitleTransferOn(e.target.value)} />}
        </Field>
        <Field
          label="Nonrecurring cost"
          hint={item?.mde ? 'Required for MDE (DSCA 21-57), US dollars' : 'MDE only'}
          error={error?.fieldMessage('nonrecurringCents')}
        >
          {(control) => <input {...control} inputMode="decimal" value={nonrecurring} onChange={(e) => setNonrecurring(e.target.value)} />}
        </Field>
        <Field label="Storage and preparation" hint="US dollars" error={error?.fieldMessage('storagePreparationCents')}>
          {(control) => <input {...control} inputMode="decimal" value={storage} onChange={(e) => setStorage(e.target.value)} />}
        </Field>
        <Field label="Transfer document" error={error?.fieldMessage('documentReference')}>
          {(control) => <input {...control} value={documentReference} onChange={(e) => setDocumentReference(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Transfer and reimburse'}
        </button>
      </div>
    </form>
  );
}
