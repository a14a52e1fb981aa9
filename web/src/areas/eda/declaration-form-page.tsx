import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { useFormGuard } from '../../platform/unsaved-changes.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type CreateDeclaration, edaApi } from './eda-api.ts';

const CONDITIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'S', 'X'] as const;
const DEPARTMENTS = [
  ['army', 'Army'],
  ['navy', 'Navy'],
  ['air_force', 'Air Force'],
  ['marine_corps', 'Marine Corps'],
  ['other', 'Other'],
] as const;
const PLACED = [
  'militaryDepartment',
  'nsn',
  'maslNumber',
  'nomenclature',
  'quantity',
  'serialNumbers',
  'conditionCode',
  'unitAcquisitionValueCents',
  'location',
  'availableOn',
];

/** A military department's excess declaration. */
export function DeclarationFormPage() {
  usePageTitle('New excess declaration');
  const navigate = useNavigate();
  const guard = useFormGuard();
  const [form, setForm] = useState({
    militaryDepartment: 'army' as CreateDeclaration['militaryDepartment'],
    nsn: '',
    maslNumber: '',
    nomenclature: '',
    quantity: '1',
    serialNumbers: '',
    conditionCode: 'A' as CreateDeclaration['conditionCode'],
    unitValue: '',
    location: '',
    availableOn: todayIso(),
    sme: false,
    mde: false,
    ship: false,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cents = parseDollars(form.unitValue);
    if (typeof cents !== 'number') {
      setError(new ApiError(400, 'validation', 'Check the value', [{ path: 'unitAcquisitionValueCents', message: 'a dollar amount' }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await edaApi.createDeclaration({
        militaryDepartment: form.militaryDepartment,
        nsn: form.nsn.trim(),
        maslNumber: form.maslNumber.trim(),
        nomenclature: form.nomenclature,
        quantity: Number(form.quantity),
        serialNumbers: form.serialNumbers.split(/[\s,]+/).filter(Boolean),
        conditionCode: form.conditionCode,
        unitAcquisitionValueCents: cents,
        location: form.location,
        availableOn: form.availableOn,
        sme: form.sme,
        mde: form.mde,
        ship: form.ship,
      });
      guard.saved();
      navigate(`/eda/declarations/${saved.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (path: string) => error?.fieldMessage(path);
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/eda/declarations">Excess declarations</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <h1>New excess declaration</h1>
      {guard.question}
      <form className="form card" onSubmit={submit} onInput={guard.onInput} aria-label="Excess declaration" noValidate>
        <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, PLACED) : []} />
        <div className="form-grid form-grid-3">
          <Field label="Military department" error={fieldError('militaryDepartment')}>
            {(c) => (
              <select
                {...c}
                value={form.militaryDepartment}
                onChange={(e) => set({ militaryDepartment: e.target.value as typeof form.militaryDepartment })}
              >
                {DEPARTMENTS.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="NSN" error={fieldError('nsn')} hint="13 digits, e.g. 2320-01-107-7155">
            {(c) => <input {...c} value={form.nsn} onChange={(e) => set({ nsn: e.target.value })} />}
          </Field>
          <Field label="MASL number" error={fieldError('maslNumber')} hint="As on the LOA line">
            {(c) => (
              <input {...c} value={form.maslNumber} maxLength={13} onChange={(e) => set({ maslNumber: e.target.value.toUpperCase() })} />
            )}
          </Field>
          <Field label="Nomenclature" className="span-2" error={fieldError('nomenclature')}>
            {(c) => <input {...c} value={form.nomenclature} onChange={(e) => set({ nomenclature: e.target.value })} />}
          </Field>
          <Field label="Quantity" error={fieldError('quantity')}>
            {(c) => <input {...c} inputMode="numeric" value={form.quantity} onChange={(e) => set({ quantity: e.target.value })} />}
          </Field>
          <Field label="Condition code" error={fieldError('conditionCode')} hint="DLA condition code">
            {(c) => (
              <select
                {...c}
                value={form.conditionCode}
                onChange={(e) => set({ conditionCode: e.target.value as typeof form.conditionCode })}
              >
                {CONDITIONS.map((code) => (
                  <option key={code}>{code}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Unit original acquisition value" error={fieldError('unitAcquisitionValueCents')} hint="US dollars">
            {(c) => <input {...c} inputMode="decimal" value={form.unitValue} onChange={(e) => set({ unitValue: e.target.value })} />}
          </Field>
          <Field label="Available on" error={fieldError('availableOn')}>
            {(c) => <input {...c} type="date" value={form.availableOn} onChange={(e) => set({ availableOn: e.target.value })} />}
          </Field>
          <Field label="Location" className="span-2" error={fieldError('location')}>
            {(c) => <input {...c} value={form.location} onChange={(e) => set({ location: e.target.value })} />}
          </Field>
          <Field
            label="Serial numbers"
            className="span-3"
            error={fieldError('serialNumbers')}
            hint="Where serialised: separated by spaces or commas"
          >
            {(c) => <textarea {...c} rows={2} value={form.serialNumbers} onChange={(e) => set({ serialNumbers: e.target.value })} />}
          </Field>
        </div>
        <fieldset className="form-row">
          <legend>Flags</legend>
          {(['sme', 'mde', 'ship'] as const).map((flag) => (
            <label key={flag} className="checkbox">
              <input type="checkbox" checked={form[flag]} onChange={(e) => set({ [flag]: e.target.checked })} />{' '}
              {flag === 'sme' ? 'Significant military equipment' : flag === 'mde' ? 'Major defense equipment' : 'A ship'}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Record declaration'}
          </button>
        </div>
      </form>
    </section>
  );
}
