import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, parseDollars } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { AmountForm } from './amount-form.tsx';
import { transactionColumns } from './appropriation-columns.tsx';
import { type FundTransaction, fundsApi } from './funds-api.ts';
import { ObligateForm } from './obligate-form.tsx';

/** One appropriation: its balance, its ledger, and the forms to obligate and de-obligate. */
export function AppropriationPage() {
  const { id = '' } = useParams();
  const fund = useApi(['funds', 'appropriation-page:fundsApi.getAppropriation'], (signal) => fundsApi.getAppropriation(id, signal), [id]);
  const ledger = useApi(
    ['funds', 'appropriation-page:fundsApi.listTransactions'],
    (signal) => fundsApi.listTransactions({ appropriation: id, limit: 500 }, signal),
    [id],
  );
  const canWrite = useArea('funds')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(fund.data?.name ?? 'Appropriation');
  if (fund.error?.isUnavailable) return <NotAvailablePage what="This appropriation" />;
  if (fund.error) return <ErrorNotice message={fund.error.message} onRetry={fund.reload} />;
  if (!fund.data) return <Loading />;
  const a = fund.data;
  const refresh = (text: string) => {
    setMessage(text);
    fund.reload();
    ledger.reload();
  };
  const actions = (t: FundTransaction) => {
    if (t.amountCents <= t.returnedCents) return null;
    if (t.kind === 'obligation') return <ReturnMoney t={t} label="De-obligate" onDone={refresh} />;
    if (t.kind !== 'commitment') return null;
    return (
      <>
        <ReturnMoney t={t} label="Obligate from" onDone={refresh} />
        <ReturnMoney t={t} label="Release" onDone={refresh} />
      </>
    );
  };
  const columns: Column<FundTransaction>[] = canWrite
    ? [...transactionColumns, { id: 'actions', header: '', className: 'col-actions', render: actions }]
    : transactionColumns;
  return (
    <UnsavedGroup>
      <section className="page">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link to="/funds/appropriations">Appropriations</Link>
          <span aria-hidden="true">/</span>
          <span>{a.name}</span>
        </nav>
        <header className="page-header">
          <div>
            <h1>{a.name}</h1>
            <p className="page-sub">
              {a.programCode} · {a.programName} · Title {a.title} · FY{a.fiscalYear} ·{' '}
              {a.partnerCode ? `allotted to ${a.partnerCode}` : 'program-wide'}
            </p>
          </div>
        </header>
        {message && (
          <div className="notice notice-success" role="status">
            {message}
          </div>
        )}
        <section className="card" aria-labelledby="balance">
          <h2 id="balance">Balance</h2>
          <dl className="facts" data-testid="balance">
            <dt>Appropriated</dt>
            <dd className="mono">{formatCents(a.appropriatedCents)}</dd>
            <dt>Obligated</dt>
            <dd className="mono">{formatCents(a.obligatedCents)}</dd>
            <dt>De-obligated</dt>
            <dd className="mono">{formatCents(a.deobligatedCents)}</dd>
            <dt>Available</dt>
            <dd className="mono strong" data-testid="available">
              {formatCents(a.availableCents)}
            </dd>
            <dt>Committed</dt>
            <dd className="mono">{formatCents(a.committedCents)}</dd>
            <dt>Uncommitted</dt>
            <dd className="mono" data-testid="uncommitted">
              {formatCents(a.uncommittedCents)}
            </dd>
            <dt>Available until</dt>
            <dd>
              {a.availableUntil ? (
                <span className="mono">
                  {a.availableUntil}
                  {a.expired ? ' — expired: no new obligations' : ''}
                </span>
              ) : (
                'no period recorded'
              )}
              <div className="muted small">{a.availabilityBasis}</div>
            </dd>
          </dl>
        </section>
        {canWrite && (
          <section className="card">
            <h2>Amount</h2>
            <AmountForm
              key={a.version}
              appropriation={a}
              onSaved={(saved) => {
                fund.setData(saved);
                setMessage(`Saved: ${formatCents(saved.amountCents)} appropriated`);
              }}
              onReload={fund.reload}
            />
          </section>
        )}
        {canWrite && !a.expired && (
          <section className="card">
            <h2>Obligate</h2>
            <ObligateForm
              appropriation={a}
              onDone={(r) =>
                refresh(`Obligated ${formatCents(r.transaction.amountCents)}; ${formatCents(r.appropriation.availableCents)} available`)
              }
            />
          </section>
        )}
        {canWrite && !a.expired && (
          <section className="card">
            <h2>Commit</h2>
            <p className="muted small">
              Reserve money for a case or program ahead of its obligation; obligate from the commitment in the ledger below.
            </p>
            <ObligateForm
              mode="commitment"
              appropriation={a}
              onDone={(r) =>
                refresh(`Committed ${formatCents(r.transaction.amountCents)}; ${formatCents(r.appropriation.uncommittedCents)} uncommitted`)
              }
            />
          </section>
        )}
        <h2>Ledger</h2>
        {ledger.error && <ErrorNotice message={ledger.error.message} onRetry={ledger.reload} />}
        <DataTable
          caption="Obligations and de-obligations"
          columns={columns}
          rows={ledger.data?.items ?? []}
          rowKey={(t) => t.id}
          busy={ledger.loading}
          empty={ledger.loading ? 'Loading…' : 'Nothing obligated yet.'}
        />
      </section>
    </UnsavedGroup>
  );
}

type ReturnLabel = 'De-obligate' | 'Obligate from' | 'Release';

/** One inline amount for an entry: de-obligate an obligation; obligate from or release a commitment. */
function ReturnMoney({ t, label, onDone }: { t: FundTransaction; label: ReturnLabel; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  async function submit() {
    const cents = parseDollars(amount);
    if (typeof cents !== 'number') return setError('a dollar amount');
    try {
      const r =
        label === 'De-obligate'
          ? await fundsApi.deobligate(t.id, { amountCents: cents })
          : label === 'Release'
            ? await fundsApi.release(t.id, { amountCents: cents })
            : await fundsApi.obligate(t.appropriationId, { amountCents: cents, commitmentId: t.id });
      onDone(
        `${label === 'Obligate from' ? 'Obligated' : 'Returned'} ${formatCents(cents)}; ${formatCents(r.appropriation.availableCents)} available, ${formatCents(r.appropriation.uncommittedCents)} uncommitted`,
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }
  return (
    <span className="form-row">
      <input
        aria-label={`Amount: ${label.toLowerCase()}`}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        size={10}
      />
      <button type="button" className="button button-small button-primary" onClick={submit}>
        {label === 'De-obligate' ? 'Return' : label === 'Release' ? 'Release' : 'Obligate'}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
