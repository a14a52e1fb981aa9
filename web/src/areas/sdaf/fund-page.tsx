import { type FormEvent, useState } from 'react';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatCents, parseDollars, todayIso } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type SdafFund, type SdafLedgerList, sdafApi } from './sdaf-api.ts';
import { SdafNav } from './sdaf-nav.tsx';
import { useSubmit } from './use-submit.ts';

type Entry = SdafLedgerList['items'][number];
const KIND_LABELS: Record<Entry['kind'], string> = {
  capital: 'Capital credited',
  commitment: 'Procurement committed',
  receipt: 'Delivery received',
  release: 'Released (procurement closed short)',
  transfer: 'Transferred out (at cost)',
  reimbursement: 'Reimbursement credited',
};
const ledgerColumns: Column<Entry>[] = [
  { id: 'date', header: 'Date', className: 'col-date mono', render: (e) => e.onDate },
  { id: 'kind', header: 'Entry', render: (e) => `${KIND_LABELS[e.kind]}${e.source ? ` (${e.source})` : ''}` },
  { id: 'doc', header: 'Document', className: 'mono', render: (e) => e.documentReference },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (e) => e.partnerCode ?? '' },
  { id: 'amount', header: 'Amount', className: 'col-money', render: (e) => formatCents(e.amountCents) },
];

/** The fund at a glance: the cap in force and the position summed from the ledger, and capital credited. */
export function SdafFundPage() {
  usePageTitle('Special Defense Acquisition Fund');
  const fund = useApi(['sdaf', 'fund-page:sdafApi.fund'], (signal) => sdafApi.fund(signal), []);
  const ledger = useApi(['sdaf', 'fund-page:sdafApi.ledger'], (signal) => sdafApi.ledger(signal), []);
  const canWrite = useArea('sdaf')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  return (
    <UnsavedGroup>
      <section className="page">
        <header className="page-header">
          <div>
            <h1>Special Defense Acquisition Fund</h1>
            <p className="page-sub">
              AECA 51 (22 U.S.C. 2795): buys ahead of expected sales; every figure is summed from the fund’s ledger.
            </p>
          </div>
        </header>
        <SdafNav />
        {message && (
          <div className="notice notice-success" role="status">
            {message}
          </div>
        )}
        {fund.error && <ErrorNotice message={fund.error.message} onRetry={fund.reload} />}
        {fund.data ? <FundFacts fund={fund.data} /> : !fund.error && <Loading />}
        {canWrite && (
          <section className="card">
            <h2>Credit capital</h2>
            <CapitalForm
              onDone={(text) => {
                setMessage(text);
                fund.reload();
                ledger.reload();
              }}
            />
          </section>
        )}
        <h2>Ledger</h2>
        <DataTable
          caption="Fund ledger"
          columns={ledgerColumns}
          rows={ledger.data?.items ?? []}
          rowKey={(e) => e.id}
          busy={ledger.loading}
          empty={ledger.loading ? 'Loading…' : 'No entries yet.'}
        />
      </section>
    </UnsavedGroup>
  );
}

function FundFacts({ fund }: { fund: SdafFund }) {
  return (
    <section className="card" aria-labelledby="position">
      <h2 id="position">Position on {fund.asOf}</h2>
      <dl className="facts" data-testid="fund-position">
        <dt>Statutory cap in force</dt>
        <dd>
          <span className="mono strong">{fund.cap ? formatCents(fund.cap.value) : 'none'}</span>
          {fund.cap && (
            <div className="muted small">
              from {fund.cap.effectiveFrom} · {fund.cap.source}
              {fund.cap.verified ? '' : ' · unverified'}
            </div>
          )}
        </dd>
        <dt>Capital credited</dt>
        <dd className="mono">{formatCents(fund.capitalCents)}</dd>
        <dt>Reimbursed</dt>
        <dd className="mono" data-testid="reimbursed">
          {formatCents(fund.reimbursedCents)}
        </dd>
        <dt>Uncommitted cash</dt>
        <dd className="mono" data-testid="uncommitted">
          {formatCents(fund.uncommittedCents)}
        </dd>
        <dt>Committed (on order)</dt>
        <dd className="mono" data-testid="committed">
          {formatCents(fund.committedCents)}
        </dd>
        <dt>Inventory value (at cost)</dt>
        <dd className="mono" data-testid="inventory-value">
          {formatCents(fund.inventoryCents)}
        </dd>
        <dt>Fund size (counted against the cap)</dt>
        <dd className="mono">{formatCents(fund.sizeCents)}</dd>
        <dt>Headroom under the cap</dt>
        <dd className="mono strong" data-testid="headroom">
          {fund.headroomCents === null ? '—' : formatCents(fund.headroomCents)}
        </dd>
      </dl>
    </section>
  );
}

function CapitalForm({ onDone }: { onDone: (message: string) => void }) {
  const [amount, setAmount] = useState('');
  const [source, setSource] = useState<'appropriation' | 'proceeds' | 'other'>('appropriation');
  const [documentReference, setDocumentReference] = useState('');
  const [onDate, setOnDate] = useState(todayIso());
  const { error, busy, run, fail, onInput } = useSubmit();
  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = parseDollars(amount);
    if (typeof cents !== 'number') return fail('amountCents', 'a dollar amount, e.g. 25,000,000');
    void run(
      () => sdafApi.creditCapital({ amountCents: cents, source, documentReference, onDate }),
      (r) => {
        setAmount('');
        setDocumentReference('');
        onDone(`Credited ${formatCents(r.entry.amountCents)}; headroom ${formatCents(r.fund.headroomCents)}`);
      },
    );
  }
  const placed = ['amountCents', 'source', 'documentReference', 'onDate'];
  return (
    <form className="form" onSubmit={submit} aria-label="Credit capital" onInput={onInput} noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Amount" hint="US dollars" error={error?.fieldMessage('amountCents')}>
          {(control) => <input {...control} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label="Source" error={error?.fieldMessage('source')}>
          {(control) => (
            <select {...control} value={source} onChange={(e) => setSource(e.target.value as typeof source)}>
              <option value="appropriation">appropriation</option>
              <option value="proceeds">proceeds of sales</option>
              <option value="other">other</option>
            </select>
          )}
        </Field>
        <Field label="Document reference" error={error?.fieldMessage('documentReference')}>
          {(control) => <input {...control} value={documentReference} onChange={(e) => setDocumentReference(e.target.value)} />}
        </Field>
        <Field label="Credited on" error={error?.fieldMessage('onDate')}>
          {(control) => <input {...control} type="date" value={onDate} onChange={(e) => setOnDate(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Credit capital'}
        </button>
      </div>
    </form>
  );
}
