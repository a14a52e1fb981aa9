import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars } from '../../platform/format.ts';
import { type Appropriation, type FundTransactionResult, fundsApi } from './funds-api.ts';

/** Obligates (or commits) money from this appropriation to a case (or one of its lines) or to a program for a partner. */
export function ObligateForm({
  appropriation,
  onDone,
  mode = 'obligation',
}: {
  appropriation: Appropriation;
  onDone: (result: FundTransactionResult) => void;
  mode?: 'obligation' | 'commitment';
}) {
  const verb = mode === 'obligation' ? 'Obligate' : 'Commit';
  const [amount, setAmount] = useState('');
  const [caseRef, setCaseRef] = useState('');
  const [lineNumber, setLineNumber] = useState('');
  const [partnerCode, setPartnerCode] = useState(appropriation.partnerCode ?? '');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cents = parseDollars(amount);
    if (typeof cents !== 'number') {
      setError(new ApiError(400, 'validation', 'Check the amount', [{ path: 'amountCents', message: 'a dollar amount, e.g. 250,000' }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const input = {
        amountCents: cents,
        caseId: caseRef.trim() || null,
        lineNumber: lineNumber.trim() || null,
        partnerCode: caseRef.trim() ? null : partnerCode.trim().toUpperCase() || null,
        description,
      };
      const result =
        mode === 'obligation' ? await fundsApi.obligate(appropriation.id, input) : await fundsApi.commit(appropriation.id, input);
      setAmount('');
      setDescription('');
      onDone(result);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  const placed = ['amountCents', 'caseId', 'lineNumber', 'partnerCode', 'description', 'onDate'];
  return (
    <form className="form" onSubmit={submit} aria-label={verb} noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field
          label={`Amount to ${verb.toLowerCase()}`}
          error={error?.fieldMessage('amountCents') ?? error?.fieldMessage('onDate')}
          hint="US dollars"
        >
          {(control) => <input {...control} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label="Case" error={error?.fieldMessage('caseId')} hint={`Identifier, e.g. PL-B-AAA; blank: a program ${mode}`}>
          {(control) => <input {...control} value={caseRef} onChange={(e) => setCaseRef(e.target.value.toUpperCase())} />}
        </Field>
        <Field label="Line" error={error?.fieldMessage('lineNumber')} hint="Optional, e.g. 001">
          {(control) => <input {...control} value={lineNumber} maxLength={3} onChange={(e) => setLineNumber(e.target.value)} />}
        </Field>
        {!caseRef.trim() && (
          <Field label="Partner" error={error?.fieldMessage('partnerCode')} hint={`For a program ${mode}`}>
            {(control) => (
              <input
                {...control}
                value={partnerCode}
                maxLength={3}
                readOnly={appropriation.partnerCode !== null}
                onChange={(e) => setPartnerCode(e.target.value.toUpperCase())}
              />
            )}
          </Field>
        )}
        <Field label="Description" className="span-2" error={error?.fieldMessage('description')}>
          {(control) => <input {...control} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : verb}
        </button>
      </div>
    </form>
  );
}
