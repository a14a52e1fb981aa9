import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { type Control, type FieldPath, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { parseDollars } from '../../platform/format.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { WAIVER_LABELS } from './lease-labels.tsx';
import { type CreateLease, type Lease, leasesApi } from './leases-api.ts';

interface ArticleRow {
  nsn: string;
  nomenclature: string;
  quantity: string;
  serialNumbers: string;
  mde: boolean;
}

/** The form's values, named as the server names them (money is typed in dollars, numbers as text). */
interface Values {
  partnerCode: string;
  implementingAgency: string;
  leaseClassification: string;
  equipmentClassification: string;
  administeringActivity: string;
  actionOfficer: string;
  terms: string;
  justification: string;
  rentalWaiverBasis: string;
  emergencyWaiver: string;
  replacementValueCents: string;
  mdeValueCents: string;
  rentalValueCents: string;
  startOn: string;
  termMonths: string;
  refurbishmentMonths: string;
  dscaEstimatedOn: string;
  rentalWaiver: string;
  mtcrItems: boolean;
  mtcrListSentOn: string;
  mtcrCompliant: boolean;
  articles: ArticleRow[];
}

const emptyArticle = (): ArticleRow => ({ nsn: '', nomenclature: '', quantity: '1', serialNumbers: '', mde: false });

/** The limits of the lease's fields (src/areas/leases/lease-model.ts). */
const MAX = {
  implementingAgency: 200,
  leaseClassification: 500,
  equipmentClassification: 200,
  administeringActivity: 300,
  actionOfficer: 300,
  terms: 4000,
  justification: 4000,
  rentalWaiverBasis: 2000,
  emergencyWaiver: 4000,
  nomenclature: 200,
} as const;

const TEXT_FIELDS = [
  ['implementingAgency', 'Implementing agency (lessor)', 'C11.F8 item 2'],
  ['leaseClassification', 'Security classification of the lease', 'C11.F8 item 5; justify when classified'],
  ['equipmentClassification', 'Security classification of the equipment', 'C11.F8 item 6'],
  ['administeringActivity', 'DoD activity administering the lease', 'C11.F8 item 11'],
  ['actionOfficer', 'Action officer', 'C11.F8 item 14: name, office, telephone'],
] as const;

const MONEY = ['replacementValueCents', 'mdeValueCents', 'rentalValueCents'] as const;
const ARTICLE_FIELDS = ['nsn', 'nomenclature', 'quantity', 'serialNumbers'] as const;

const PLACED: FieldPath<Values>[] = [
  'partnerCode',
  ...TEXT_FIELDS.map(([k]) => k),
  'terms',
  'justification',
  ...MONEY,
  'startOn',
  'termMonths',
  'refurbishmentMonths',
  'rentalWaiver',
  'rentalWaiverBasis',
  'emergencyWaiver',
  'mtcrListSentOn',
  'dscaEstimatedOn',
  'mtcrCompliant',
];

export function NewLeasePage() {
  usePageTitle('New lease');
  return <LeaseForm />;
}

/** A draft lease's fields changed (the determination is made again); only a draft is edited. */
export function EditLeasePage() {
  const { id = '' } = useParams();
  const lease = useApi(['leases', 'new-lease-page:leasesApi.get'], (signal) => leasesApi.get(id, signal), [id]);
  usePageTitle(lease.data ? `Edit lease ${lease.data.designator}` : 'Edit lease');
  if (lease.error?.isUnavailable) return <NotAvailablePage what="This lease" />;
  if (lease.error) return <ErrorNotice message={lease.error.message} onRetry={lease.reload} />;
  if (!lease.data) return <Loading />;
  return <LeaseForm lease={lease.data} />;
}

const dollars = (cents: number) => (cents / 100).toFixed(2);

function initialValues(lease: Lease | undefined): Values {
  return {
    partnerCode: lease?.partnerCode ?? '',
    implementingAgency: lease?.implementingAgency ?? '',
    leaseClassification: lease?.leaseClassification ?? 'Unclassified',
    equipmentClassification: lease?.equipmentClassification ?? 'Unclassified',
    administeringActivity: lease?.administeringActivity ?? '',
    actionOfficer: lease?.actionOfficer ?? '',
    terms: lease?.terms ?? '',
    justification: lease?.justification ?? '',
    rentalWaiverBasis: lease?.rentalWaiverBasis ?? '',
    emergencyWaiver: lease?.emergencyWaiver ?? '',
    replacementValueCents: lease ? dollars(lease.replacementValueCents) : '',
    mdeValueCents: lease ? dollars(lease.mdeValueCents) : '',
    rentalValueCents: lease ? dollars(lease.rentalValueCents) : '',
    startOn: lease?.startOn ?? '',
    termMonths: lease ? String(lease.termMonths) : '',
    refurbishmentMonths: String(lease?.refurbishmentMonths ?? 0),
    dscaEstimatedOn: lease?.dscaEstimatedOn ?? '',
    rentalWaiver: lease?.rentalWaiver ?? '',
    mtcrItems: lease?.mtcrItems ?? false,
    mtcrListSentOn: lease?.mtcrListSentOn ?? '',
    mtcrCompliant: lease?.mtcrCompliant ?? false,
    articles: lease
      ? lease.articles.map((a) => ({
          nsn: a.nsn,
          nomenclature: a.nomenclature,
          quantity: String(a.quantity),
          serialNumbers: a.serialNumbers.join(', '),
          mde: a.mde,
        }))
      : [emptyArticle()],
  };
}

function toInput(v: Values, cents: Record<(typeof MONEY)[number], number | undefined>): CreateLease {
  return {
    partnerCode: v.partnerCode.trim().toUpperCase(),
    implementingAgency: v.implementingAgency,
    leaseClassification: v.leaseClassification,
    equipmentClassification: v.equipmentClassification,
    administeringActivity: v.administeringActivity,
    actionOfficer: v.actionOfficer,
    terms: v.terms,
    justification: v.justification,
    replacementValueCents: cents.replacementValueCents ?? 0,
    mdeValueCents: cents.mdeValueCents ?? 0,
    rentalValueCents: cents.rentalValueCents ?? 0,
    startOn: v.startOn,
    termMonths: Number(v.termMonths),
    refurbishmentMonths: Number(v.refurbishmentMonths || 0),
    mtcrItems: v.mtcrItems,
    mtcrListSentOn: v.mtcrItems && v.mtcrListSentOn ? v.mtcrListSentOn : null,
    mtcrCompliant: v.mtcrItems ? v.mtcrCompliant : null,
    dscaEstimatedOn: v.dscaEstimatedOn || null,
    rentalWaiver: v.rentalWaiver ? (v.rentalWaiver as NonNullable<CreateLease['rentalWaiver']>) : null,
    rentalWaiverBasis: v.rentalWaiver ? v.rentalWaiverBasis : null,
    emergencyWaiver: v.emergencyWaiver.trim() ? v.emergencyWaiver : null,
    payments: [],
    articles: v.articles.map((a) => ({
      nsn: a.nsn.trim(),
      nomenclature: a.nomenclature,
      quantity: Number(a.quantity),
      serialNumbers: a.serialNumbers
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
      mde: a.mde,
    })),
  };
}

/** "120 / 4000" under a limited field, following what is typed. */
function Count({ control, name, max }: { control: Control<Values>; name: FieldPath<Values>; max: number }) {
  const id = useId();
  const value = useWatch({ control, name });
  return <CharCount id={id} length={typeof value === 'string' ? value.length : 0} max={max} />;
}

/** A lease's form: the lessee, Schedule A values, the certification's fields (SAMM Fig C11.F8) and the articles. */
function LeaseForm({ lease }: { lease?: Lease }) {
  const navigate = useNavigate();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, control, watch, formState } = useForm<Values>({ defaultValues: initialValues(lease) });
  const articles = useFieldArray({ control, name: 'articles' });
  const save = useMutation({
    mutationFn: (input: CreateLease) => {
      const { partnerCode: _partner, payments: _payments, ...fields } = input;
      return lease ? leasesApi.update(lease.id, { version: lease.version, ...fields }) : leasesApi.create(input);
    },
    onError: (error, input) => {
      const articlePaths = input.articles.flatMap((_, i) => ARTICLE_FIELDS.map((f) => `articles.${i}.${f}` as const));
      setUnplaced(applyServerErrors(error, [...PLACED, ...articlePaths, 'articles'], setError));
    },
  });
  const question = useUnsavedChangesGuard(formState.isDirty && !save.isSuccess);
  // Open the lease once the page has rendered the save (so the guard knows it is saved).
  useEffect(() => {
    if (save.data) navigate(`/leases/${save.data.id}`);
  }, [save.data, navigate]);

  const { errors } = formState;
  const [rentalWaiver, mtcrItems] = watch(['rentalWaiver', 'mtcrItems']);
  const submit = handleSubmit((values) => {
    setUnplaced([]);
    const cents = Object.fromEntries(MONEY.map((k) => [k, parseDollars(values[k])]));
    const bad = MONEY.filter((k) => cents[k] === null);
    for (const k of bad) setError(k, { type: 'client', message: 'a dollar amount' });
    if (bad.length === 0) save.mutate(toInput(values, cents as Record<(typeof MONEY)[number], number | undefined>));
  });
  const money = (name: (typeof MONEY)[number], label: string, hint: string) => (
    <Field label={label} error={errors[name]?.message} hint={hint}>
      {(c) => <input {...c} inputMode="decimal" {...register(name)} />}
    </Field>
  );
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/leases">Leases</Link>
        <span aria-hidden="true">/</span>
        <span>{lease ? lease.designator : 'New lease'}</span>
      </nav>
      <h1>{lease ? `Edit lease ${lease.designator}` : 'New lease'}</h1>
      {question}
      <form className="form" onSubmit={submit} aria-label={lease ? 'Edit lease' : 'New lease'} noValidate>
        <FormError message={save.error?.message} extra={unplaced} />
        <h2>Lessee and term</h2>
        <div className="form-grid form-grid-3">
          <Field label="Partner code" error={errors.partnerCode?.message} hint="C11.F8 item 1: an FMS partner, e.g. PL">
            {(c) => <input {...c} maxLength={3} className="mono" {...register('partnerCode')} />}
          </Field>
          <Field label="Start" error={errors.startOn?.message}>
            {(c) => <input {...c} type="date" {...register('startOn')} />}
          </Field>
          <Field label="Term (months)" error={errors.termMonths?.message} hint="C11.F8 item 8; at most 60 (AECA 61(b))">
            {(c) => <input {...c} inputMode="numeric" {...register('termMonths')} />}
          </Field>
          <Field label="Refurbishment before delivery (months)" error={errors.refurbishmentMonths?.message}>
            {(c) => <input {...c} inputMode="numeric" {...register('refurbishmentMonths')} />}
          </Field>
        </div>
        <h2>Values (Schedule A)</h2>
        <div className="form-grid form-grid-3">
          {money('replacementValueCents', 'Replacement value', 'C11.F8 item 3; US dollars')}
          {money('mdeValueCents', 'of which MDE', 'C11.F8 item 4; US dollars')}
          {money('rentalValueCents', 'Total rental value', 'C11.F8 item 10; US dollars')}
          <Field label="Rental waiver" error={errors.rentalWaiver?.message} hint="AECA 61(a)(4)">
            {(c) => (
              <select {...c} {...register('rentalWaiver')}>
                <option value="">none</option>
                {Object.entries(WAIVER_LABELS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {rentalWaiver && (
            <Field label="Basis of the waiver" className="span-2" error={errors.rentalWaiverBasis?.message}>
              {(c) => (
                <>
                  <input {...c} {...register('rentalWaiverBasis')} />
                  <Count control={control} name="rentalWaiverBasis" max={MAX.rentalWaiverBasis} />
                </>
              )}
            </Field>
          )}
        </div>
        <h2>Certification fields (SAMM Fig C11.F8)</h2>
        <div className="form-grid form-grid-3">
          {TEXT_FIELDS.map(([key, label, hint]) => (
            <Field key={key} label={label} error={errors[key]?.message} hint={hint}>
              {(c) => (
                <>
                  <input {...c} {...register(key)} />
                  <Count control={control} name={key} max={MAX[key]} />
                </>
              )}
            </Field>
          ))}
          <Field label="Lease and determination to DSCA by" error={errors.dscaEstimatedOn?.message} hint="C11.F8 item 12: estimated date">
            {(c) => <input {...c} type="date" {...register('dscaEstimatedOn')} />}
          </Field>
          <Field label="Summary of lease terms" className="span-2" error={errors.terms?.message} hint="C11.F8 item 9">
            {(c) => (
              <>
                <textarea {...c} rows={2} {...register('terms')} />
                <Count control={control} name="terms" max={MAX.terms} />
              </>
            )}
          </Field>
          <Field
            label="Justification"
            className="span-2"
            error={errors.justification?.message}
            hint="C11.F8 item 13: why leased rather than sold"
          >
            {(c) => (
              <>
                <textarea {...c} rows={2} {...register('justification')} />
                <Count control={control} name="justification" max={MAX.justification} />
              </>
            )}
          </Field>
          <label className="field">
            <span>
              <input type="checkbox" {...register('mtcrItems')} /> Support equipment includes MTCR-controlled items
            </span>
          </label>
          {mtcrItems && (
            <>
              <Field label="MTCR list sent to DSCA on" error={errors.mtcrListSentOn?.message}>
                {(c) => <input {...c} type="date" {...register('mtcrListSentOn')} />}
              </Field>
              <label className="field">
                <span>
                  <input type="checkbox" {...register('mtcrCompliant')} /> Checked by a qualified reviewer: MTCR compliant
                </span>
                {errors.mtcrCompliant && <span className="field-error">{errors.mtcrCompliant.message}</span>}
              </label>
            </>
          )}
          <Field
            label="AECA 62(b) emergency waiver"
            className="span-2"
            error={errors.emergencyWaiver?.message}
            hint="Blank unless an emergency justifies no waiting period"
          >
            {(c) => (
              <>
                <input {...c} {...register('emergencyWaiver')} />
                <Count control={control} name="emergencyWaiver" max={MAX.emergencyWaiver} />
              </>
            )}
          </Field>
        </div>
        <h2>Articles</h2>
        {errors.articles?.message && <p className="field-error">{errors.articles.message}</p>}
        {articles.fields.map((row, i) => {
          const problem = errors.articles?.[i];
          return (
            <fieldset key={row.id} className="form-grid form-grid-3">
              <legend>Article {i + 1}</legend>
              <Field label="NSN" error={problem?.nsn?.message} hint="13 digits, e.g. 1005-01-123-4567">
                {(c) => <input {...c} {...register(`articles.${i}.nsn`)} />}
              </Field>
              <Field label="Nomenclature" error={problem?.nomenclature?.message}>
                {(c) => (
                  <>
                    <input {...c} {...register(`articles.${i}.nomenclature`)} />
                    <Count control={control} name={`articles.${i}.nomenclature`} max={MAX.nomenclature} />
                  </>
                )}
              </Field>
              <Field label="Quantity" error={problem?.quantity?.message}>
                {(c) => <input {...c} inputMode="numeric" {...register(`articles.${i}.quantity`)} />}
              </Field>
              <Field label="Serial numbers" className="span-2" error={problem?.serialNumbers?.message} hint="Separated by commas">
                {(c) => <input {...c} {...register(`articles.${i}.serialNumbers`)} />}
              </Field>
              <label className="field">
                <span>
                  <input type="checkbox" {...register(`articles.${i}.mde`)} /> Major defense equipment
                </span>
              </label>
            </fieldset>
          );
        })}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => articles.append(emptyArticle())}>
            Add an article
          </button>
          {articles.fields.length > 1 && (
            <button type="button" className="button" onClick={() => articles.remove(articles.fields.length - 1)}>
              Remove the last article
            </button>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : lease ? 'Save the draft' : 'Draft the lease'}
          </button>
          <Link className="button" to={lease ? `/leases/${lease.id}` : '/leases'}>
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
