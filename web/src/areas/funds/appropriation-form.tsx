import { Field, FormError } from '../../platform/field.tsx';
import { parseDollars } from '../../platform/format.ts';
import { useApi } from '../../platform/use-api.ts';
import { type Appropriation, fundsApi } from './funds-api.ts';
import { AmountProblem, useFundsForm } from './funds-form.ts';

/** Records an appropriation or allotment: Title 10 money by its stated year (30 September cancels it), Title 22 by its period. */
export function AppropriationForm({ onSaved, onCancel }: { onSaved: (a: Appropriation) => void; onCancel: () => void }) {
  const programs = useApi(['funds', 'appropriation-form:fundsApi.listPrograms'], (signal) => fundsApi.listPrograms(signal), []);
  const { form, errors, save, submit, unplaced, message } = useFundsForm({
    defaults: {
      programCode: '',
      partnerCode: '',
      fiscalYear: String(new Date().getFullYear()),
      name: '',
      amount: '',
      statedYear: '',
      availableUntil: '',
    },
    fields: ['programCode', 'partnerCode', 'fiscalYear', 'name', 'statedYear', 'availableUntil'],
    serverPaths: { amountCents: 'amount' },
    amountField: 'amount',
    send: (v) => {
      const cents = parseDollars(v.amount);
      if (typeof cents !== 'number') throw new AmountProblem('a dollar amount, e.g. 25,000,000');
      const isTitle10 = programs.data?.find((p) => p.code === v.programCode)?.title === 10;
      return fundsApi.createAppropriation({
        programCode: v.programCode,
        partnerCode: v.partnerCode.trim() ? v.partnerCode.trim().toUpperCase() : null,
        fiscalYear: Number(v.fiscalYear),
        name: v.name,
        amountCents: cents,
        statedYear: isTitle10 && v.statedYear ? Number(v.statedYear) : null,
        availableUntil: !isTitle10 && v.availableUntil ? v.availableUntil : null,
      });
    },
    done: onSaved,
  });
  const programCode = form.watch('programCode');
  const title10 = programs.data?.find((p) => p.code === programCode)?.title === 10;
  return (
    <form className="form" onSubmit={submit} aria-label="New appropriation" noValidate>
      <FormError message={message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Program" error={errors.programCode?.message}>
          {(control) => (
            <select {...control} {...form.register('programCode')}>
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
        <Field label="Partner code" error={errors.partnerCode?.message} hint="Blank: program-wide money">
          {(control) => <input {...control} maxLength={3} {...form.register('partnerCode')} />}
        </Field>
        <Field label="Fiscal year" error={errors.fiscalYear?.message}>
          {(control) => <input {...control} inputMode="numeric" {...form.register('fiscalYear')} />}
        </Field>
        <Field label="Name" className="span-2" error={errors.name?.message}>
          {(control) => <input {...control} {...form.register('name')} />}
        </Field>
        <Field label="Amount" error={errors.amount?.message} hint="US dollars">
          {(control) => <input {...control} inputMode="decimal" {...form.register('amount')} />}
        </Field>
        {title10 ? (
          <Field
            label="Stated year"
            error={errors.statedYear?.message}
            hint="Cancels at midnight 30 September of this year (SAMM App 6 note)"
          >
            {(control) => <input {...control} inputMode="numeric" {...form.register('statedYear')} />}
          </Field>
        ) : (
          <Field
            label="Available until"
            error={errors.availableUntil?.message}
            hint="Last day of the period of availability, as enacted; blank: none recorded"
          >
            {(control) => <input {...control} type="date" {...form.register('availableUntil')} />}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Record appropriation'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={save.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
