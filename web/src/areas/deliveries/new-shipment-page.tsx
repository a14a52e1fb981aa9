import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type FieldPath, useFieldArray, useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type CreateShipment, deliveriesApi, MILESTONE_LABELS, type Milestone } from './deliveries-api.ts';

type Mode = CreateShipment['mode'];
const MODES: Mode[] = ['air', 'ocean', 'surface', 'parcel', 'courier'];
const PLANNED: Milestone[] = ['ready', 'shipped', 'in_transit', 'arrived', 'delivered'];

interface LineDraft {
  lineNumber: string;
  quantity: string;
  itemTypeCode: string;
  serialNumbers: string;
}
const emptyLine = (): LineDraft => ({ lineNumber: '', quantity: '', itemTypeCode: '', serialNumbers: '' });

interface Values {
  caseId: string;
  mode: Mode;
  origin: string;
  portOfEmbarkation: string;
  portOfDebarkation: string;
  carrier: string;
  tcn: string;
  custodyTransferPoint: string;
  classified: boolean;
  cci: boolean;
  aaeCategory: string;
  transportationPlan: string;
  planned: Partial<Record<Milestone, string>>;
  lines: LineDraft[];
}

const FIELDS: FieldPath<Values>[] = [
  'caseId',
  'mode',
  'origin',
  'portOfEmbarkation',
  'portOfDebarkation',
  'carrier',
  'tcn',
  'custodyTransferPoint',
  'aaeCategory',
  'transportationPlan',
  ...PLANNED.map((m) => `planned.${m}` as const),
];

function toInput(v: Values): CreateShipment {
  return {
    caseId: v.caseId.trim().toUpperCase(),
    mode: v.mode,
    origin: v.origin,
    portOfEmbarkation: v.portOfEmbarkation,
    portOfDebarkation: v.portOfDebarkation,
    carrier: v.carrier,
    tcn: v.tcn.toUpperCase(),
    custodyTransferPoint: v.custodyTransferPoint,
    classified: v.classified,
    cci: v.cci,
    aaeCategory: (v.aaeCategory || null) as CreateShipment['aaeCategory'],
    transportationPlan: v.transportationPlan,
    fad: null,
    planned: Object.fromEntries(Object.entries(v.planned).filter(([, date]) => date)),
    lines: v.lines.map((l) => ({
      lineNumber: l.lineNumber.trim(),
      quantity: Number(l.quantity),
      itemTypeCode: l.itemTypeCode.trim().toUpperCase() || null,
      serialNumbers: l.serialNumbers.split(/[\s,;]+/).filter(Boolean),
    })),
  };
}

/** Plans a shipment of an implemented case's lines: route, custody point, sensitivity, planned dates, quantities and EEUM serials. */
export function NewShipmentPage() {
  usePageTitle('New shipment');
  const navigate = useNavigate();
  const form = useForm<Values>({
    defaultValues: {
      caseId: '',
      mode: 'air',
      origin: '',
      portOfEmbarkation: '',
      portOfDebarkation: '',
      carrier: '',
      tcn: '',
      custodyTransferPoint: 'Port of debarkation',
      classified: false,
      cci: false,
      aaeCategory: '',
      transportationPlan: '',
      planned: {},
      lines: [emptyLine()],
    },
  });
  const { register, formState } = form;
  const { errors } = formState;
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) => deliveriesApi.create(toInput(v)),
    onSuccess: (shipment) => setCreated(shipment.id),
    onError: (error) => {
      const rows = form
        .getValues('lines')
        .flatMap((_, i) => (['lineNumber', 'quantity', 'itemTypeCode', 'serialNumbers'] as const).map((k) => `lines.${i}.${k}` as const));
      setUnplaced(applyServerErrors(error, [...FIELDS, ...rows], form.setError));
    },
  });
  const question = useUnsavedChangesGuard(formState.isDirty && created === null);
  // Open the shipment once the guard has seen it saved.
  useEffect(() => {
    if (created) navigate(`/deliveries/shipments/${created}`);
  }, [created, navigate]);
  const text = (name: FieldPath<Values>, label: string, options: { hint?: string; required?: boolean; className?: string } = {}) => (
    <Field label={label} error={errors[name as keyof Values]?.message as string | undefined} hint={options.hint}>
      {(p) => <input {...p} className={options.className} required={options.required} {...register(name)} />}
    </Field>
  );

  return (
    <section className="page">
      {question}
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/deliveries">Shipments</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <header className="page-header">
        <h1>New shipment</h1>
      </header>
      <form
        className="form-grid"
        aria-label="New shipment"
        noValidate
        onSubmit={form.handleSubmit((values) => {
          setUnplaced([]);
          save.mutate(values);
        })}
      >
        {text('caseId', 'Case', { hint: 'The identifier of an implemented case, e.g. KE-B-AAA', required: true })}
        <Field label="Mode" error={errors.mode?.message}>
          {(p) => (
            <select {...p} {...register('mode')}>
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('origin', 'Origin', { required: true })}
        {text('portOfEmbarkation', 'Port of embarkation')}
        {text('portOfDebarkation', 'Port of debarkation')}
        {text('carrier', 'Carrier')}
        {text('tcn', 'Transportation control number (TCN)', { className: 'mono' })}
        {text('custodyTransferPoint', 'Custody transfer point', { required: true })}
        <fieldset className="fieldset">
          <legend>Sensitivity (SAMM Fig C7.F1)</legend>
          <label className="checkbox">
            <input type="checkbox" {...register('classified')} /> Classified
          </label>
          <label className="checkbox">
            <input type="checkbox" {...register('cci')} /> Controlled cryptographic items (CCI)
          </label>
          <Field label="AA&E category" error={errors.aaeCategory?.message}>
            {(p) => (
              <select {...p} {...register('aaeCategory')}>
                <option value="">None</option>
                {['I', 'II', 'III', 'IV'].map((c) => (
                  <option key={c} value={c}>
                    Category {c}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('transportationPlan', 'Transportation Plan', { hint: 'Required for classified, CCI and AA&E Categories I–IV' })}
        </fieldset>
        <fieldset className="fieldset">
          <legend>Planned dates</legend>
          {PLANNED.map((m) => (
            <Field key={m} label={`${MILESTONE_LABELS[m]} (planned)`} error={errors.planned?.[m]?.message}>
              {(p) => <input {...p} type="date" {...register(`planned.${m}`)} />}
            </Field>
          ))}
        </fieldset>
        {lines.fields.map((l, i) => (
          <fieldset key={l.id} className="fieldset">
            <legend>Line {i + 1}</legend>
            <Field label={`LOA line number ${i + 1}`} error={errors.lines?.[i]?.lineNumber?.message}>
              {(p) => <input {...p} required placeholder="001" {...register(`lines.${i}.lineNumber`)} />}
            </Field>
            <Field label={`Quantity ${i + 1}`} error={errors.lines?.[i]?.quantity?.message}>
              {(p) => <input {...p} inputMode="numeric" required {...register(`lines.${i}.quantity`)} />}
            </Field>
            <Field label={`EUM item type ${i + 1}`} error={errors.lines?.[i]?.itemTypeCode?.message} hint="For an EEUM line (e.g. NVD)">
              {(p) => <input {...p} {...register(`lines.${i}.itemTypeCode`)} />}
            </Field>
            <Field
              label={`Serial numbers ${i + 1}`}
              error={errors.lines?.[i]?.serialNumbers?.message}
              hint="EEUM lines: one per article, before shipment"
            >
              {(p) => <textarea {...p} rows={2} {...register(`lines.${i}.serialNumbers`)} />}
            </Field>
          </fieldset>
        ))}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => lines.append(emptyLine())}>
            Add a line
          </button>
          <button type="submit" className="button button-primary" disabled={save.isPending || created !== null}>
            Plan shipment
          </button>
        </div>
        <FormError message={save.error?.message} extra={unplaced} />
      </form>
    </section>
  );
}
