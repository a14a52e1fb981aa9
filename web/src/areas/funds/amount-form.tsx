import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { centsToDollarInput, parseDollars } from '../../platform/format.ts';
import { type Appropriation, fundsApi } from './funds-api.ts';

/** Changes the appropriated amount (never below what is obligated); a stale version is refused and the page reloads. */
export function AmountForm({
  appropriation,
  onSaved,
  onReload,
}: {
  appropriation: Appropriation;
  onSaved: (a: Appropriation) => void;
  onReload: () => void;
}) {
  const [amount, setAmount] = useState(centsToDollarInput(appropriation.amountCents));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cents = parseDollars(amount);
    if (typeof cents !== 'number')
      return setError(new ApiError(400, 'validation', 'Check the amount', [{ path: 'amountCents', message: 'a dollar amount' }]));
    setBusy(true);
    setError(null);
    try {
      onSaved(await fundsApi.updateAppropriation(appropriation.id, { version: appropriation.version, amountCents: cents }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Change amount" noValidate>
      {error?.isVersionConflict ? (
        <div className="notice notice-conflict" role="alert">
          <strong>This appropriation was changed by someone else — reload.</strong>
          <p>{error.message}</p>
          <button type="button" className="button button-small" onClick={onReload}>
            Reload
          </button>
        </div>
      ) : (
        <FormError message={error?.message} />
      )}
      <div className="form-row">
        <Field label="Appropriated amount" error={error?.fieldMessage('amountCents')} hint="US dollars; not below what is obligated">
          {(control) => <input {...control} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save amount'}
        </button>
      </div>
    </form>
  );
}
