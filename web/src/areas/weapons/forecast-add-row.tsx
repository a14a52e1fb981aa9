import { Field, FormError } from '../../platform/field.tsx';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { useApi } from '../../platform/use-api.ts';
import { LimitedInput } from './limited-fields.tsx';
import { fieldProblem, useSaveForm } from './save-form.ts';
import { type ForecastRow, weaponsApi } from './weapons-api.ts';
import { percentOrNull } from './weapons-labels.tsx';

/** The federal fiscal year of a date (FY N: 1 October N−1 to 30 September N). */
export const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + (iso.slice(5) >= '10-01' ? 1 : 0);

// The server's limit on a row's description (src/areas/weapons/model.ts).
const DESCRIPTION_MAX = 500;

interface Values {
  partnerCode: string;
  systemId: string;
  fiscalYear: string;
  description: string;
  valueCents: string;
  highlyProbable: boolean;
  likelihoodPercent: string;
}

/** One more expected case in the forecast. */
export function AddForecastRow({ onAdded }: { onAdded: () => void }) {
  const systems = useApi(['weapons', 'forecast-add-row:weaponsApi.systems'], (signal) => weaponsApi.systems({ limit: 500 }, signal), []);
  const { form, submit, question, failure, busy, errorOf } = useSaveForm<Values, ForecastRow>({
    defaultValues: {
      partnerCode: '',
      systemId: '',
      fiscalYear: String(fiscalYearOf(todayIso()) + 1),
      description: '',
      valueCents: '',
      highlyProbable: false,
      likelihoodPercent: '',
    },
    fields: ['partnerCode', 'systemId', 'fiscalYear', 'description', 'valueCents', 'likelihoodPercent'],
    save: (v) => {
      const cents = parseDollars(v.valueCents);
      if (cents == null) throw fieldProblem('valueCents', 'a dollar amount', 'Check the value');
      return weaponsApi.createForecast({
        partnerCode: v.partnerCode.toUpperCase().trim(),
        systemId: v.systemId || null,
        fiscalYear: Number(v.fiscalYear),
        description: v.description,
        valueCents: cents,
        highlyProbable: v.highlyProbable,
        likelihoodPercent: v.highlyProbable ? null : percentOrNull(v.likelihoodPercent),
        note: '',
      });
    },
    onSaved: onAdded,
  });
  const { register, control } = form;
  const highlyProbable = form.watch('highlyProbable');
  return (
    <section className="card" aria-labelledby="add">
      <h2 id="add">Add an expected case</h2>
      <form className="form form-grid form-grid-4" onSubmit={submit} noValidate aria-label="Add an expected case">
        {question}
        <FormError message={failure?.message} extra={failure?.extra} />
        <Field label="Partner" error={errorOf('partnerCode')}>
          {(p) => <input {...p} maxLength={3} {...register('partnerCode')} />}
        </Field>
        <Field label="System" error={errorOf('systemId')}>
          {(p) => (
            <select {...p} {...register('systemId')}>
              <option value="">None</option>
              {systems.data?.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Fiscal year" error={errorOf('fiscalYear')}>
          {(p) => <input {...p} inputMode="numeric" {...register('fiscalYear')} />}
        </Field>
        <LimitedInput control={control} name="description" label="Expected case" max={DESCRIPTION_MAX} error={errorOf('description')} />
        <Field label="Value (US$)" error={errorOf('valueCents')}>
          {(p) => <input {...p} inputMode="decimal" {...register('valueCents')} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" {...register('highlyProbable')} /> Highly probable (90%)
        </label>
        {!highlyProbable && (
          <Field label="Likelihood (%)" error={errorOf('likelihoodPercent')}>
            {(p) => <input {...p} inputMode="numeric" {...register('likelihoodPercent')} />}
          </Field>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Add
          </button>
        </div>
      </form>
    </section>
  );
}
