import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars } from '../../platform/format.ts';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useFormGuard } from '../../platform/unsaved-changes.tsx';
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

const emptyArticle = (): ArticleRow => ({ nsn: '', nomenclature: '', quantity: '1', serialNumbers: '', mde: false });

const TEXT_FIELDS = [
  ['implementingAgency', 'Implementing agency (lessor)', 'C11.F8 item 2'],
  ['leaseClassification', 'Security classification of the lease', 'C11.F8 item 5; justify when classified'],
  ['equipmentClassification', 'Security classification of the equipment', 'C11.F8 item 6'],
  ['administeringActivity', 'DoD activity administering the lease', 'C11.F8 item 11'],
  ['actionOfficer', 'Action officer', 'C11.F8 item 14: name, office, telephone'],
] as const;

type Texts = Record<(typeof TEXT_FIELDS)[number][0] | 'terms' | 'justification' | 'rentalWaiverBasis' | 'emergencyWaiver', string>;

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

/** A lease's form: the lessee, Schedule A values, the certification's fields (SAMM Fig C11.F8) and the articles. */
function LeaseForm({ lease }: { lease?: Lease }) {
  const navigate = useNavigate();
  const guard = useFormGuard();
  const [partnerCode, setPartnerCode] = useState(lease?.partnerCode ?? '');
  const [texts, setTexts] = useState<Texts>({
    implementingAgency: lease?.implementingAgency ?? '',
    leaseClassification: lease?.leaseClassification ?? 'Unclassified',
    equipmentClassification: lease?.equipmentClassification ?? 'Unclassified',
    administeringActivity: lease?.administeringActivity ?? '',
    actionOfficer: lease?.actionOfficer ?? '',
    terms: lease?.terms ?? '',
    justification: lease?.justification ?? '',
    rentalWaiverBasis: lease?.rentalWaiverBasis ?? '',
    emergencyWaiver: lease?.emergencyWaiver ?? '',
  });
  const [money, setMoney] = useState({
    replacementValueCents: lease ? dollars(lease.replacementValueCents) : '',
    mdeValueCents: lease ? dollars(lease.mdeValueCents) : '',
    rentalValueCents: lease ? dollars(lease.rentalValueCents) : '',
  });
  const [startOn, setStartOn] = useState(lease?.startOn ?? '');
  const [termMonths, setTermMonths] = useState(lease ? String(lease.termMonths) : '');
  const [refurbishmentMonths, setRefurbishmentMonths] = useState(String(lease?.refurbishmentMonths ?? 0));
  const [dscaEstimatedOn, setDscaEstimatedOn] = useState(lease?.dscaEstimatedOn ?? '');
  const [rentalWaiver, setRentalWaiver] = useState<string>(lease?.rentalWaiver ?? '');
  const [mtcrItems, setMtcrItems] = useState(lease?.mtcrItems ?? false);
  const [mtcrListSentOn, setMtcrListSentOn] = useState(lease?.mtcrListSentOn ?? '');
  const [mtcrCompliant, setMtcrCompliant] = useState(lease?.mtcrCompliant ?? false);
  const [articles, setArticles] = useState<ArticleRow[]>(
    lease
      ? lease.articles.map((a) => ({
          nsn: a.nsn,
          nomenclature: a.nomenclature,
          quantity: String(a.quantity),
          serialNumbers: a.serialNumbers.join(', '),
          mde: a.mde,
        }))
      : [emptyArticle()],
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const setText = (key: keyof Texts, value: string) => setTexts((t) => ({ ...t, [key]: value }));
  const setArticle = (i: number, patch: Partial<ArticleRow>) =>
    setArticles((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cents = Object.fromEntries(Object.entries(money).map(([k, v]) => [k, parseDollars(v)]));
    const bad = Object.entries(cents).filter(([, v]) => v === null);
    if (bad.length)
      return setError(
        new ApiError(
          400,
          'validation',
          'Check the amounts',
          bad.map(([path]) => ({ path, message: 'a dollar amount' })),
        ),
      );
    setBusy(true);
    setError(null);
    const input: CreateLease = {
      partnerCode: partnerCode.trim().toUpperCase(),
      implementingAgency: texts.implementingAgency,
      leaseClassification: texts.leaseClassification,
      equipmentClassification: texts.equipmentClassification,
      administeringActivity: texts.administeringActivity,
      actionOfficer: texts.actionOfficer,
      terms: texts.terms,
      justification: texts.justification,
      replacementValueCents: cents.replacementValueCents ?? 0,
      mdeValueCents: cents.mdeValueCents ?? 0,
      rentalValueCents: cents.rentalValueCents ?? 0,
      startOn,
      termMonths: Number(termMonths),
      refurbishmentMonths: Number(refurbishmentMonths || 0),
      mtcrItems,
      mtcrListSentOn: mtcrItems && mtcrListSentOn ? mtcrListSentOn : null,
      mtcrCompliant: mtcrItems ? mtcrCompliant : null,
      dscaEstimatedOn: dscaEstimatedOn || null,
      rentalWaiver: rentalWaiver ? (rentalWaiver as NonNullable<CreateLease['rentalWaiver']>) : null,
      rentalWaiverBasis: rentalWaiver ? texts.rentalWaiverBasis : null,
      emergencyWaiver: texts.emergencyWaiver.trim() ? texts.emergencyWaiver : null,
      payments: [],
      articles: articles.map((a) => ({
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
    try {
      const { partnerCode: _partner, payments: _payments, ...fields } = input;
      const saved = lease ? await leasesApi.update(lease.id, { version: lease.version, ...fields }) : await leasesApi.create(input);
      guard.saved();
      navigate(`/leases/${saved.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  const placed = [
    'partnerCode',
    ...TEXT_FIELDS.map(([k]) => k),
    'terms',
    'justification',
    'replacementValueCents',
    'mdeValueCents',
    'rentalValueCents',
    'startOn',
    'termMonths',
    'refurbishmentMonths',
    'rentalWaiver',
    'rentalWaiverBasis',
    'emergencyWaiver',
    'mtcrListSentOn',
    'dscaEstimatedOn',
    'mtcrCompliant',
    'articles',
  ];
  const fieldError = (path: string) => error?.fieldMessage(path);
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/leases">Leases</Link>
        <span aria-hidden="true">/</span>
        <span>{lease ? lease.designator : 'New lease'}</span>
      </nav>
      <h1>{lease ? `Edit lease ${lease.designator}` : 'New lease'}</h1>
      {guard.question}
      <form className="form" onSubmit={submit} onInput={guard.onInput} aria-label={lease ? 'Edit lease' : 'New lease'} noValidate>
        <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
        <h2>Lessee and term</h2>
        <div className="form-grid form-grid-3">
          <Field label="Partner code" error={fieldError('partnerCode')} hint="C11.F8 item 1: an FMS partner, e.g. PL">
            {(control) => (
              <input {...control} value={partnerCode} maxLength={3} onChange={(e) => setPartnerCode(e.target.value.toUpperCase())} />
            )}
          </Field>
          <Field label="Start" error={fieldError('startOn')}>
            {(control) => <input {...control} type="date" value={startOn} onChange={(e) => setStartOn(e.target.value)} />}
          </Field>
          <Field label="Term (months)" error={fieldError('termMonths')} hint="C11.F8 item 8; at most 60 (AECA 61(b))">
            {(control) => <input {...control} inputMode="numeric" value={termMonths} onChange={(e) => setTermMonths(e.target.value)} />}
          </Field>
          <Field label="Refurbishment before delivery (months)" error={fieldError('refurbishmentMonths')}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={refurbishmentMonths}
                onChange={(e) => setRefurbishmentMonths(e.target.value)}
              />
            )}
          </Field>
        </div>
        <h2>Values (Schedule A)</h2>
        <div className="form-grid form-grid-3">
          <Field label="Replacement value" error={fieldError('replacementValueCents')} hint="C11.F8 item 3; US dollars">
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={money.replacementValueCents}
                onChange={(e) => setMoney({ ...money, replacementValueCents: e.target.value })}
              />
            )}
          </Field>
          <Field label="of which MDE" error={fieldError('mdeValueCents')} hint="C11.F8 item 4; US dollars">
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={money.mdeValueCents}
                onChange={(e) => setMoney({ ...money, mdeValueCents: e.target.value })}
              />
            )}
          </Field>
          <Field label="Total rental value" error={fieldError('rentalValueCents')} hint="C11.F8 item 10; US dollars">
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={money.rentalValueCents}
                onChange={(e) => setMoney({ ...money, rentalValueCents: e.target.value })}
              />
            )}
          </Field>
          <Field label="Rental waiver" error={fieldError('rentalWaiver')} hint="AECA 61(a)(4)">
            {(control) => (
              <select {...control} value={rentalWaiver} onChange={(e) => setRentalWaiver(e.target.value)}>
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
            <Field label="Basis of the waiver" className="span-2" error={fieldError('rentalWaiverBasis')}>
              {(control) => (
                <input {...control} value={texts.rentalWaiverBasis} onChange={(e) => setText('rentalWaiverBasis', e.target.value)} />
              )}
            </Field>
          )}
        </div>
        <h2>Certification fields (SAMM Fig C11.F8)</h2>
        <div className="form-grid form-grid-3">
          {TEXT_FIELDS.map(([key, label, hint]) => (
            <Field key={key} label={label} error={fieldError(key)} hint={hint}>
              {(control) => <input {...control} value={texts[key]} onChange={(e) => setText(key, e.target.value)} />}
            </Field>
          ))}
          <Field label="Lease and determination to DSCA by" error={fieldError('dscaEstimatedOn')} hint="C11.F8 item 12: estimated date">
            {(control) => <input {...control} type="date" value={dscaEstimatedOn} onChange={(e) => setDscaEstimatedOn(e.target.value)} />}
          </Field>
          <Field label="Summary of lease terms" className="span-2" error={fieldError('terms')} hint="C11.F8 item 9">
            {(control) => <textarea {...control} rows={2} value={texts.terms} onChange={(e) => setText('terms', e.target.value)} />}
          </Field>
          <Field
            label="Justification"
            className="span-2"
            error={fieldError('justification')}
            hint="C11.F8 item 13: why leased rather than sold"
          >
            {(control) => (
              <textarea {...control} rows={2} value={texts.justification} onChange={(e) => setText('justification', e.target.value)} />
            )}
          </Field>
          <label className="field">
            <span>
              <input type="checkbox" checked={mtcrItems} onChange={(e) => setMtcrItems(e.target.checked)} /> Support equipment includes
              MTCR-controlled items
            </span>
          </label>
          {mtcrItems && (
            <>
              <Field label="MTCR list sent to DSCA on" error={fieldError('mtcrListSentOn')}>
                {(control) => <input {...control} type="date" value={mtcrListSentOn} onChange={(e) => setMtcrListSentOn(e.target.value)} />}
              </Field>
              <label className="field">
                <span>
                  <input type="checkbox" checked={mtcrCompliant} onChange={(e) => setMtcrCompliant(e.target.checked)} /> Checked by a
                  qualified reviewer: MTCR compliant
                </span>
              </label>
            </>
          )}
          <Field
            label="AECA 62(b) emergency waiver"
            className="span-2"
            error={fieldError('emergencyWaiver')}
            hint="Blank unless an emergency justifies no waiting period"
          >
            {(control) => <input {...control} value={texts.emergencyWaiver} onChange={(e) => setText('emergencyWaiver', e.target.value)} />}
          </Field>
        </div>
        <h2>Articles</h2>
        {fieldError('articles') && <p className="field-error">{fieldError('articles')}</p>}
        {articles.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <fieldset key={i} className="form-grid form-grid-3">
            <legend>Article {i + 1}</legend>
            <Field label="NSN" error={fieldError(`articles.${i}.nsn`)} hint="13 digits, e.g. 1005-01-123-4567">
              {(control) => <input {...control} value={a.nsn} onChange={(e) => setArticle(i, { nsn: e.target.value })} />}
            </Field>
            <Field label="Nomenclature" error={fieldError(`articles.${i}.nomenclature`)}>
              {(control) => <input {...control} value={a.nomenclature} onChange={(e) => setArticle(i, { nomenclature: e.target.value })} />}
            </Field>
            <Field label="Quantity" error={fieldError(`articles.${i}.quantity`)}>
              {(control) => (
                <input {...control} inputMode="numeric" value={a.quantity} onChange={(e) => setArticle(i, { quantity: e.target.value })} />
              )}
            </Field>
            <Field label="Serial numbers" className="span-2" error={fieldError(`articles.${i}.serialNumbers`)} hint="Separated by commas">
              {(control) => (
                <input {...control} value={a.serialNumbers} onChange={(e) => setArticle(i, { serialNumbers: e.target.value })} />
              )}
            </Field>
            <label className="field">
              <span>
                <input type="checkbox" checked={a.mde} onChange={(e) => setArticle(i, { mde: e.target.checked })} /> Major defense equipment
              </span>
            </label>
          </fieldset>
        ))}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setArticles([...articles, emptyArticle()])}>
            Add an article
          </button>
          {articles.length > 1 && (
            <button type="button" className="button" onClick={() => setArticles(articles.slice(0, -1))}>
              Remove the last article
            </button>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : lease ? 'Save the draft' : 'Draft the lease'}
          </button>
          <Link className="button" to={lease ? `/leases/${lease.id}` : '/leases'}>
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
