import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars } from '../../platform/format.ts';
import { useApi } from '../../platform/use-api.ts';
import { type Appropriation, fundsApi } from './funds-api.ts';

/** Records an appropriation or allotment: Title 10 money by its stated year (30 September cancels it), Title 22 by its period. */
export function AppropriationForm({ onSaved, onCancel }: { onSaved: (a: Appropriation) => void; onCancel: () => void }) {
  const programs = useApi(['funds', 'appropriation-form:fundsApi.listPrograms'], (signal) => fundsApi.listPrograms(signal), []);
  const [programCode, setProgramCode] = useState('');
  const [partnerCode, setPartnerCode] = useState('');
  const [fiscalYear, setFiscalYear] = useState(String(new Date().getFullYear()));
  const [name, setName] = useState('');
  const [amount, setAmount] = useState('');
  const [statedYear, setStatedYear] = useState('');
  const [availableUntil, setAvailableUntil] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const program = programs.data?.find((p) => p.code === programCode);
  const title10 = program?.title === 10;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cents = parseDollars(amount);
    if (typeof cents !== 'number') {
      setError(new ApiError(400, 'validation', 'Check the amount', [{ path: 'amountCents', message: 'a dollar amount, e.g. 25,000,000' }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await fundsApi.createAppropriation({
          programCode,
          partnerCode: partnerCode.trim() ? partnerCode.trim().toUpperCase() : null,
          fiscalYear: Number(fiscalYear),
          name,
          amountCents: cents,
          statedYear: title10 && statedYear ? Number(statedYear) : null,
          availableUntil: !title10 && availableUntil ? availableUntil : null,
        }),
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  const placed = ['programCode', 'partnerCode', 'fiscalYear', 'name', 'amountCents', 'statedYear', 'availableUntil'];
  return (
    <form className="form" onSubmit={submit} aria-label="New appropriation" noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Program" error={error?.fieldMessage('programCode')}>
          {(control) => (
            <select {...control} value={programCode} onChange={(e) => setProgramCode(e.target.value)}>
              <option value="">choose…</option>
              {(programs.data ?? [])
                .filter((p) => p.active)
                .map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} — {p.name} (Title {p.title})
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label="Partner code" error={error?.fieldMessage('partnerCode')} hint="Blank: program-wide money">
          {(control) => (
            <input {...control} value={partnerCode} maxLength={3} onChange={(e) => setPartnerCode(e.target.value.toUpperCase())} />
          )}
        </Field>
        <Field label="Fiscal year" error={error?.fieldMessage('fiscalYear')}>
          {(control) => <input {...control} inputMode="numeric" value={fiscalYear} onChange={(e) => setFiscalYear(e.target.value)} />}
        </Field>
        <Field label="Name" className="span-2" error={error?.fieldMessage('name')}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Amount" error={error?.fieldMessage('amountCents')} hint="US dollars">
          {(control) => <input {...control} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        {title10 ? (
          <Field
            label="Stated year"
            error={error?.fieldMessage('statedYear')}
            hint="Cancels at midnight 30 September of this year (SAMM App 6 note)"
          >
            {(control) => <input {...control} inputMode="numeric" value={statedYear} onChange={(e) => setStatedYear(e.target.value)} />}
          </Field>
        ) : (
          <Field
            label="Available until"
            error={error?.fieldMessage('availableUntil')}
            hint="Last day of the period of availability, as enacted; blank: none recorded"
          >
            {(control) => <input {...control} type="date" value={availableUntil} onChange={(e) => setAvailableUntil(e.target.value)} />}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Record appropriation'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
