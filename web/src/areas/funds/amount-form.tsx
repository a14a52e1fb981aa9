import { ApiError } from '../../api/client.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { centsToDollarInput, parseDollars } from '../../platform/format.ts';
import { type Appropriation, fundsApi } from './funds-api.ts';
import { AmountProblem, useFundsForm } from './funds-form.ts';

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
  const { form, errors, save, submit, unplaced, message } = useFundsForm({
    defaults: { amount: centsToDollarInput(appropriation.amountCents) },
    fields: ['amount'],
    serverPaths: { amountCents: 'amount' },
    amountField: 'amount',
    send: (v) => {
      const cents = parseDollars(v.amount);
      if (typeof cents !== 'number') throw new AmountProblem('a dollar amount');
      return fundsApi.updateAppropriation(appropriation.id, { version: appropriation.version, amountCents: cents });
    },
    done: onSaved,
  });
  const conflict = save.error instanceof ApiError && save.error.isVersionConflict;
  return (
    <form className="form" onSubmit={submit} aria-label="Change amount" noValidate>
      {conflict ? (
        <div className="notice notice-conflict" role="alert">
          <strong>This appropriation was changed by someone else — reload.</strong>
          <p>{save.error?.message}</p>
          <button type="button" className="button button-small" onClick={onReload}>
            Reload
          </button>
        </div>
      ) : (
        <FormError message={message} extra={unplaced} />
      )}
      <div className="form-row">
        <Field label="Appropriated amount" error={errors.amount?.message} hint="US dollars; not below what is obligated">
          {(control) => <input {...control} inputMode="decimal" {...form.register('amount')} />}
        </Field>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save amount'}
        </button>
      </div>
    </form>
  );
}
