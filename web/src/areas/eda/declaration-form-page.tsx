import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type CreateDeclaration, edaApi } from './eda-api.ts';
import { upperCase } from './upper-case.ts';

const CONDITIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'S', 'X'] as const;
const DEPARTMENTS = [
  ['army', 'Army'],
  ['navy', 'Navy'],
  ['air_force', 'Air Force'],
  ['marine_corps', 'Marine Corps'],
  ['other', 'Other'],
] as const;
/** createDeclarationInput in src/areas/eda/model.ts. */
const MASL_MAX = 13;
const TEXT_MAX = 300;

interface Values {
  militaryDepartment: CreateDeclaration['militaryDepartment'];
  nsn: string;
  maslNumber: string;
  nomenclature: string;
  quantity: string;
  serialNumbers: string;
  conditionCode: CreateDeclaration['conditionCode'];
  unitValue: string;
  location: string;
  availableOn: string;
  sme: boolean;
  mde: boolean;
  ship: boolean;
}

const PLACED = [
  'militaryDepartment',
  'nsn',
  'maslNumber',
  'nomenclature',
  'quantity',
  'serialNumbers',
  'conditionCode',
  'location',
  'availableOn',
  'unitValue',
] as const;

function renamePath(error: unknown, from: string, to: string): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.map((f) => (f.path === from ? { ...f, path: to } : f));
  return new ApiError(error.status, error.code, error.message, fields);
}

/** A military department's excess declaration. */
export function DeclarationFormPage() {
  usePageTitle('New excess declaration');
  const navigate = useNavigate();
  const ids = { masl: useId(), nomenclature: useId(), location: useId() };
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<Values>({
    defaultValues: {
      militaryDepartment: 'army',
      nsn: '',
      maslNumber: '',
      nomenclature: '',
      quantity: '1',
      serialNumbers: '',
      conditionCode: 'A',
      unitValue: '',
      location: '',
      availableOn: todayIso(),
      sme: false,
      mde: false,
      ship: false,
    },
  });
  const save = useMutation({
    mutationFn: ({ unitValue, ...v }: Values & { cents: number }) =>
      edaApi.createDeclaration({
        militaryDepartment: v.militaryDepartment,
        nsn: v.nsn.trim(),
        maslNumber: v.maslNumber.trim().toUpperCase(),
        nomenclature: v.nomenclature,
        quantity: Number(v.quantity),
        serialNumbers: v.serialNumbers.split(/[\s,]+/).filter(Boolean),
        conditionCode: v.conditionCode,
        unitAcquisitionValueCents: v.cents,
        location: v.location,
        availableOn: v.availableOn,
        sme: v.sme,
        mde: v.mde,
        ship: v.ship,
      }),
    // The value is typed in dollars: the server's word on the cents is shown on the dollar field.
    onError: (error) => setUnplaced(applyServerErrors(renamePath(error, 'unitAcquisitionValueCents', 'unitValue'), PLACED, setError)),
  });
  const question = useUnsavedChangesGuard(formState.isDirty && !save.isSuccess);
  // Navigate once the page has rendered the save (so the guard knows it is saved).
  useEffect(() => {
    if (save.data) navigate(`/eda/declarations/${save.data.id}`);
  }, [save.data, navigate]);
  const { errors } = formState;
  const [masl, nomenclature, location] = watch(['maslNumber', 'nomenclature', 'location']);
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/eda/declarations">Excess declarations</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <h1>New excess declaration</h1>
      {question}
      <form
        className="form card"
        onSubmit={handleSubmit((values) => {
          setUnplaced([]);
          const cents = parseDollars(values.unitValue);
          if (typeof cents !== 'number') {
            setError('unitValue', { type: 'client', message: 'a dollar amount' });
            return;
          }
          save.mutate({ ...values, cents });
        })}
        aria-label="Excess declaration"
        noValidate
      >
        <FormError message={save.error?.message} extra={unplaced} />
        <div className="form-grid form-grid-3">
          <Field label="Military department" error={errors.militaryDepartment?.message}>
            {(c) => (
              <select {...c} {...register('militaryDepartment')}>
                {DEPARTMENTS.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="NSN" error={errors.nsn?.message} hint="13 digits, e.g. 2320-01-107-7155">
            {(c) => <input {...c} {...register('nsn')} />}
          </Field>
          <Field label="MASL number" error={errors.maslNumber?.message} hint="As on the LOA line">
            {(c) => (
              <>
                <input {...c} {...upperCase(register('maslNumber'))} />
                <CharCount id={ids.masl} length={masl.length} max={MASL_MAX} />
              </>
            )}
          </Field>
          <Field label="Nomenclature" className="span-2" error={errors.nomenclature?.message}>
            {(c) => (
              <>
                <input {...c} {...register('nomenclature')} />
                <CharCount id={ids.nomenclature} length={nomenclature.length} max={TEXT_MAX} />
              </>
            )}
          </Field>
          <Field label="Quantity" error={errors.quantity?.message}>
            {(c) => <input {...c} inputMode="numeric" {...register('quantity')} />}
          </Field>
          <Field label="Condition code" error={errors.conditionCode?.message} hint="DLA condition code">
            {(c) => (
              <select {...c} {...register('conditionCode')}>
                {CONDITIONS.map((code) => (
                  <option key={code}>{code}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Unit original acquisition value" error={errors.unitValue?.message} hint="US dollars">
            {(c) => <input {...c} inputMode="decimal" {...register('unitValue')} />}
          </Field>
          <Field label="Available on" error={errors.availableOn?.message}>
            {(c) => <input {...c} type="date" {...register('availableOn')} />}
          </Field>
          <Field label="Location" className="span-2" error={errors.location?.message}>
            {(c) => (
              <>
                <input {...c} {...register('location')} />
                <CharCount id={ids.location} length={location.length} max={TEXT_MAX} />
              </>
            )}
          </Field>
          <Field
            label="Serial numbers"
            className="span-3"
            error={errors.serialNumbers?.message}
            hint="Where serialised: separated by spaces or commas"
          >
            {(c) => <textarea {...c} rows={2} {...register('serialNumbers')} />}
          </Field>
        </div>
        <fieldset className="form-row">
          <legend>Flags</legend>
          {(['sme', 'mde', 'ship'] as const).map((flag) => (
            <label key={flag} className="checkbox">
              <input type="checkbox" {...register(flag)} />{' '}
              {flag === 'sme' ? 'Significant military equipment' : flag === 'mde' ? 'Major defense equipment' : 'A ship'}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Record declaration'}
          </button>
        </div>
      </form>
    </section>
  );
}
