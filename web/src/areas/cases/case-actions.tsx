import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { CaseAction, CasePage } from '../../api/types.ts';
import { Field } from '../../platform/field.tsx';
import { addDaysIso, todayIso } from '../../platform/format.ts';

const DATE_LABELS: Partial<Record<CaseAction, string>> = {
  submit_for_review: 'Case written on',
  approve: 'Review complete on',
  offer: 'Offer date',
  accept: 'Acceptance date',
  implement: 'Implementation date',
  complete_supply: 'Supply/services complete on',
  close: 'Closure date',
  expire_offer: 'Expired on',
};

const NEEDS_REASON: readonly CaseAction[] = ['return', 'cancel'];
const QUIET: readonly CaseAction[] = ['cancel', 'rework', 'return', 'expire_offer'];

/** Offer validity counted from MILAP: 85 days, BPC 30 (LOA Standardization Guide §4; DSCA 12-08; SAMM App 6). */
export function offerValidityDays(type: string): number {
  return type === 'bpc' ? 30 : 85;
}

interface CaseActionsProps {
  page: CasePage;
  onDone: (page: CasePage, message: string) => void;
  onReload: () => void;
}

/** The next allowed moves as buttons; each opens a small form for its date, reason or offer expiration, then posts it. */
export function CaseActions({ page, onDone, onReload }: CaseActionsProps) {
  const [active, setActive] = useState<{ action: CaseAction; label: string } | null>(null);
  if (page.nextActions.length === 0) return null;
  return (
    <div className="case-actions">
      <div className="case-action-buttons" role="group" aria-label="Next actions">
        {page.nextActions.map((next) => (
          <button
            key={next.action}
            type="button"
            className={`button ${QUIET.includes(next.action) ? (next.action === 'cancel' ? 'button-danger' : '') : 'button-primary'}`}
            aria-pressed={active?.action === next.action}
            onClick={() => setActive(active?.action === next.action ? null : next)}
          >
            {next.label}…
          </button>
        ))}
      </div>
      {active && (
        <ActionForm
          key={active.action}
          page={page}
          action={active.action}
          label={active.label}
          onCancel={() => setActive(null)}
          onReload={() => {
            setActive(null);
            onReload();
          }}
          onDone={(updated) => {
            setActive(null);
            onDone(updated, `${active.label}: done. The case is now ${updated.case.status.replaceAll('_', ' ')}.`);
          }}
        />
      )}
    </div>
  );
}

interface ActionFormProps {
  page: CasePage;
  action: CaseAction;
  label: string;
  onCancel: () => void;
  onReload: () => void;
  onDone: (page: CasePage) => void;
}

function ActionForm({ page, action, label, onCancel, onReload, onDone }: ActionFormProps) {
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [expiration, setExpiration] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // An approval gate (open review comments…) objected: the reviewer may approve over it, with a reason that is audited.
  const [objections, setObjections] = useState<string[]>([]);
  const [override, setOverride] = useState(false);
  const milap = page.milestones.find((m) => m.milestone === 'milap')?.onDate;
  const days = offerValidityDays(page.case.type);
  const dateLabel = DATE_LABELS[action];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const updated = await api.transitionCase(page.case.identifier, {
        action,
        version: page.case.version,
        ...(dateLabel ? { date } : {}),
        ...(NEEDS_REASON.includes(action) || override ? { reason } : {}),
        ...(action === 'offer' && expiration ? { offerExpirationDate: expiration } : {}),
        ...(override ? { override: true } : {}),
      });
      onDone(updated);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      const gates = apiError.status === 409 ? apiError.fields.filter((f) => f.path.startsWith('gates.')) : [];
      if (action === 'approve' && gates.length) setObjections(gates.map((f) => f.message));
      setError(apiError);
      setBusy(false);
    }
  }

  const conflict = error?.isVersionConflict ?? false;
  const placed = ['date', 'reason', 'offerExpirationDate', 'version'];
  const other = error && !conflict ? error.fields.filter((f) => !placed.includes(f.path)) : [];
  const objected = objections.length > 0;
  return (
    <form className="card form action-form" onSubmit={submit} aria-label={label} noValidate>
      <h2>{label}</h2>
      {conflict && (
        <div className="notice notice-conflict" role="alert">
          <strong>This case was changed by someone else — reload.</strong>
          <p>{error?.message}</p>
          <button type="button" className="button button-small" onClick={onReload}>
            Reload case
          </button>
        </div>
      )}
      {objected && (
        <div className="notice notice-warning" role="alert">
          <strong>Not approved yet:</strong>
          <ul>
            {objections.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} /> Approve anyway, with a reason
            (recorded in the audit log)
          </label>
        </div>
      )}
      {error && !conflict && !(objected && error.status === 409) && (
        <div className="notice notice-error" role="alert">
          <strong>{error.message}</strong>
          {other.length > 0 && (
            <ul>
              {other.map((f) => (
                <li key={`${f.path}:${f.message}`}>
                  {describePath(f.path)}
                  {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="form-row">
        {dateLabel && (
          <Field label={dateLabel} error={error?.fieldMessage('date')}>
            {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />}
          </Field>
        )}
        {action === 'offer' && (
          <Field
            label="Offer expiration date (optional)"
            error={error?.fieldMessage('offerExpirationDate')}
            hint={
              milap
                ? `Leave blank for MILAP ${milap} + ${days} days = ${addDaysIso(milap, days)}.`
                : `No MILAP date on record: set it under Milestones, or give the date here (${days} days from MILAP).`
            }
          >
            {(control) => <input {...control} type="date" value={expiration} onChange={(e) => setExpiration(e.target.value)} />}
          </Field>
        )}
        {(NEEDS_REASON.includes(action) || override) && (
          <Field
            label={action === 'return' ? 'Reason for return' : override ? 'Reason for approving anyway' : 'Reason for cancellation'}
            className="field-grow"
            error={error?.fieldMessage('reason')}
          >
            {(control) => (
              <textarea {...control} rows={2} value={reason} maxLength={4000} onChange={(e) => setReason(e.target.value)} required />
            )}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className={`button ${action === 'cancel' ? 'button-danger' : 'button-primary'}`} disabled={busy}>
          {busy ? 'Working…' : override ? `${label} anyway` : label}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Not now
        </button>
      </div>
    </form>
  );
}

/** "gates.notifications" → "Offer gate notifications: ", "eeum-note" → "eeum-note: ". */
function describePath(path: string): string {
  if (path.startsWith('gates.')) return `Offer gate ${path.slice(6)}: `;
  if (path.startsWith('lines.')) return `Line ${path.split('.')[1]} (${path.split('.').slice(2).join('.')}): `;
  return `${path}: `;
}
