import { useQuery } from '@tanstack/react-query';
import { http, unwrap } from '../../api/http.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { parseDollars } from '../../platform/format.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { type Appropriation, type FundTransactionResult, fundsApi } from './funds-api.ts';
import { AmountProblem, useFundsForm } from './funds-form.ts';

/** The server's limit on a transaction's description (src/areas/funds/model.ts). */
const DESCRIPTION_MAX = 1000;

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
  const { form, errors, save, submit, unplaced, message } = useFundsForm({
    defaults: { amount: '', caseRef: '', lineNumber: '', partnerCode: appropriation.partnerCode ?? '', description: '', recipientId: '' },
    fields: ['lineNumber', 'partnerCode', 'description', 'recipientId'],
    serverPaths: { amountCents: 'amount', onDate: 'amount', caseId: 'caseRef' },
    amountField: 'amount',
    send: (v) => {
      const cents = parseDollars(v.amount);
      if (typeof cents !== 'number') throw new AmountProblem('a dollar amount, e.g. 250,000');
      const caseRef = v.caseRef.trim().toUpperCase();
      const input = {
        amountCents: cents,
        caseId: caseRef || null,
        lineNumber: v.lineNumber.trim() || null,
        partnerCode: caseRef ? null : v.partnerCode.trim().toUpperCase() || null,
        description: v.description,
        ...(mode === 'obligation' ? { recipientId: v.recipientId || null } : {}),
      };
      return mode === 'obligation' ? fundsApi.obligate(appropriation.id, input) : fundsApi.commit(appropriation.id, input);
    },
    done: onDone,
    afterSave: (v) => ({ ...v, amount: '', description: '' }),
  });
  const caseRef = form.watch('caseRef');
  const partnerCode = form.watch('partnerCode');
  const description = form.watch('description');
  const recipients = useVettedRecipients(mode === 'obligation' ? partnerCode.trim().toUpperCase() : '');
  return (
    <form className="form" onSubmit={submit} aria-label={verb} noValidate>
      <FormError message={message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label={`Amount to ${verb.toLowerCase()}`} error={errors.amount?.message} hint="US dollars">
          {(control) => <input {...control} inputMode="decimal" {...form.register('amount')} />}
        </Field>
        <Field label="Case" error={errors.caseRef?.message} hint={`Identifier, e.g. PL-B-AAA; blank: a program ${mode}`}>
          {(control) => <input {...control} {...form.register('caseRef')} />}
        </Field>
        <Field label="Line" error={errors.lineNumber?.message} hint="Optional, e.g. 001">
          {(control) => <input {...control} maxLength={3} {...form.register('lineNumber')} />}
        </Field>
        {!caseRef.trim() && (
          <Field label="Partner" error={errors.partnerCode?.message} hint={`For a program ${mode}`}>
            {(control) => (
              <input {...control} maxLength={3} readOnly={appropriation.partnerCode !== null} {...form.register('partnerCode')} />
            )}
          </Field>
        )}
        {recipients.length > 0 && (
          <Field
            label="Recipient"
            error={errors.recipientId?.message}
            hint="The vetted unit or individual, where the program requires vetting"
          >
            {(control) => (
              <select {...control} {...form.register('recipientId')}>
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
        {recipients.length === 0 && errors.recipientId?.message && <p className="field-error span-2">{errors.recipientId.message}</p>}
        <Field label="Description" className="span-2" error={errors.description?.message}>
          {(control) => (
            <>
              <input
                {...control}
                aria-describedby={[control['aria-describedby'], `${control.id}-count`].filter(Boolean).join(' ')}
                {...form.register('description')}
              />
              <CharCount id={`${control.id}-count`} length={description.length} max={DESCRIPTION_MAX} />
            </>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : verb}
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
