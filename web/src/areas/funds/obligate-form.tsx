import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { http, unwrap } from '../../api/http.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
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
  const [recipientId, setRecipientId] = useState('');
  const recipients = useVettedRecipients(mode === 'obligation' ? partnerCode.trim().toUpperCase() : '');
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
        ...(mode === 'obligation' ? { recipientId: recipientId || null } : {}),
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

  const placed = ['amountCents', 'caseId', 'lineNumber', 'partnerCode', 'description', 'onDate', 'recipientId'];
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
        {recipients.length > 0 && (
          <Field
            label="Recipient"
            error={error?.fieldMessage('recipientId')}
            hint="The vetted unit or individual, where the program requires vetting"
          >
            {(control) => (
              <select {...control} value={recipientId} onChange={(e) => setRecipientId(e.target.value)}>
                <option value="">None named</option>
                {recipients.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                    {r.eligibleToday ? '' : ' (not eligible today)'}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {recipients.length === 0 && error?.fieldMessage('recipientId') && (
          <p className="field-error span-2">{error.fieldMessage('recipientId')}</p>
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

/** The partner's recipients kept by special programs (vetted units and individuals), for users who read that area. */
function useVettedRecipients(partnerCode: string) {
  const canRead = useArea('special-programs')?.canRead ?? false;
  const enabled = canRead && /^[A-Z0-9]{2,3}$/.test(partnerCode);
  const list = useQuery({
    queryKey: ['special-programs', 'recipients', { partner: partnerCode }],
    queryFn: ({ signal }) =>
      unwrap(http.GET('/special-programs/recipients', { params: { query: { partner: partnerCode, limit: 500 } }, signal })),
    enabled,
  });
  return enabled ? (list.data?.items ?? []) : [];
}
