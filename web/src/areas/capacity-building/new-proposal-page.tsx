import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type FieldPath, useFieldArray, useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { parseDollars } from '../../platform/format.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type CreateProposal, cbApi } from './capacity-building-api.ts';

type ItemKind = CreateProposal['requested'][number]['kind'];
interface ItemRow {
  kind: ItemKind;
  description: string;
  quantity: string;
  cost: string;
}
const emptyItem = (): ItemRow => ({ kind: 'equipment', description: '', quantity: '1', cost: '' });

/** The proposal's long texts with the server's limits (src/areas/capacity-building/model.ts). */
const TEXTS = [
  ['requirement', 'Requirement', 'What the partner unit must be able to do', 8000],
  ['capabilityGap', 'Capability gap', 'What it cannot do today', 8000],
  ['absorptiveCapacity', 'Absorptive capacity', '333(e): the unit’s ability to absorb and employ the assistance', 8000],
  ['sustainmentPlan', 'Sustainment plan', '333(e): how the capability is sustained', 8000],
  ['deliverySchedule', 'Timeline and delivery schedule', '333(e)', 4000],
] as const;
type TextKey = (typeof TEXTS)[number][0];

const SITE = [
  ['location', 'Construction location'],
  ['title', 'Project title'],
  ['dd1391', 'DD 1391 data'],
  ['masterPlan', '5-year master plan'],
] as const;

interface Values extends Record<TextKey, string> {
  programKey: string;
  partnerCode: string;
  title: string;
  recipientUnit: string;
  purposes: string[];
  items: ItemRow[];
  cost: string;
  construction: string;
  site: { location: string; title: string; dd1391: string; masterPlan: string };
  fiscalYear: string;
  appropriationId: string;
  programCode: string;
  campaignPlans: string;
}

/** Server field paths → this form's fields (the items are `requested.N.…` on the server, `items.N.…` here). */
const SERVER_PATHS: Record<string, string> = {
  costEstimateCents: 'cost',
  constructionCents: 'construction',
  campaignPlanLinks: 'campaignPlans',
};
const toFormPath = (path: string) =>
  path.startsWith('requested.')
    ? path.replace(/^requested\.(\d+)\.costCents/, 'items.$1.cost').replace(/^requested\./, 'items.')
    : path.startsWith('construction.')
      ? path.replace(/^construction\./, 'site.')
      : (SERVER_PATHS[path] ?? path);

const FIELDS: FieldPath<Values>[] = [
  'programKey',
  'partnerCode',
  'title',
  'recipientUnit',
  'purposes',
  ...TEXTS.map((t) => t[0]),
  'cost',
  'construction',
  'fiscalYear',
  'appropriationId',
  'programCode',
  'campaignPlans',
];

class CheckFailed extends Error {
  constructor(
    readonly path: FieldPath<Values>,
    message: string,
  ) {
    super(message);
  }
}

/** The request body from the form's text, or the field that is not a dollar amount. */
function toInput(v: Values): CreateProposal {
  const dollars = (path: FieldPath<Values>, text: string, blank: number | null) => {
    const cents = parseDollars(text);
    if (cents === undefined && blank !== null) return blank;
    if (cents === null || cents === undefined) throw new CheckFailed(path, 'a dollar amount');
    return cents;
  };
  const costEstimateCents = dollars('cost', v.cost, null);
  const constructionCents = dollars('construction', v.construction, 0);
  const site = v.site;
  return {
    programKey: v.programKey,
    partnerCode: v.partnerCode.toUpperCase().trim(),
    title: v.title,
    recipientUnit: v.recipientUnit,
    purposes: v.purposes as CreateProposal['purposes'],
    requirement: v.requirement,
    capabilityGap: v.capabilityGap,
    absorptiveCapacity: v.absorptiveCapacity,
    sustainmentPlan: v.sustainmentPlan,
    deliverySchedule: v.deliverySchedule,
    requested: v.items.map((r, i) => ({
      kind: r.kind,
      description: r.description,
      quantity: Number(r.quantity),
      costCents: dollars(`items.${i}.cost`, r.cost, null),
    })),
    costEstimateCents,
    constructionCents,
    construction: constructionCents > 0 && Object.values(site).some((x) => x.trim()) ? site : null,
    fiscalYear: Number(v.fiscalYear),
    appropriationId: v.appropriationId || null,
    programCode: v.programCode || null,
    campaignPlanLinks: v.campaignPlans
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

/** A new Title 10 program proposal: the partner unit, the 333(a) purposes, what is requested, the money and its appropriation. */
export function NewProposalPage() {
  usePageTitle('New proposal');
  const navigate = useNavigate();
  const programs = useApi(['capacity-building', 'new-proposal-page:cbApi.programs'], (signal) => cbApi.programs(signal), []);
  const form = useForm<Values>({
    defaultValues: {
      programKey: 'section_333',
      partnerCode: '',
      title: '',
      recipientUnit: '',
      purposes: [],
      requirement: '',
      capabilityGap: '',
      absorptiveCapacity: '',
      sustainmentPlan: '',
      deliverySchedule: '',
      items: [emptyItem()],
      cost: '',
      construction: '',
      site: { location: '', title: '', dd1391: '', masterPlan: '' },
      fiscalYear: String(new Date().getFullYear() + 1),
      appropriationId: '',
      programCode: '',
      campaignPlans: '',
    },
  });
  const { register, formState, watch } = form;
  const { errors } = formState;
  const items = useFieldArray({ control: form.control, name: 'items' });
  const [unplaced, setUnplaced] = useState<string[]>([]);
  // Where to go once the guard has let the form go: the saved proposal, or back to the list on Cancel.
  const [leaving, setLeaving] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) => cbApi.create(toInput(v)),
    onSuccess: (proposal) => setLeaving(`/capacity-building/proposals/${proposal.id}`),
    onError: (error) => {
      if (error instanceof CheckFailed) return form.setError(error.path, { type: 'client', message: error.message });
      const mapped =
        error instanceof ApiError
          ? new ApiError(
              error.status,
              error.code,
              error.message,
              error.fields.map((f) => ({ ...f, path: toFormPath(f.path) })),
            )
          : error;
      const rows = form
        .getValues('items')
        .flatMap((_, i) => (['kind', 'description', 'quantity', 'cost'] as const).map((k) => `items.${i}.${k}` as const));
      const site = SITE.map(([key]) => `site.${key}` as const);
      setUnplaced(applyServerErrors(mapped, [...FIELDS, ...rows, ...site, 'items'], form.setError));
    },
  });
  const question = useUnsavedChangesGuard(formState.isDirty && leaving === null);
  useEffect(() => {
    if (leaving) navigate(leaving);
  }, [leaving, navigate]);

  const programKey = watch('programKey');
  const partnerCode = watch('partnerCode').toUpperCase().trim();
  const construction = watch('construction');
  const program = programs.data?.programs.find((p) => p.key === programKey);
  const money = useApi(
    ['capacity-building', 'new-proposal-page:cbApi.fundingOptions'],
    (signal) =>
      /^[A-Z0-9]{2,3}$/.test(partnerCode) ? cbApi.fundingOptions(programKey, partnerCode, signal) : Promise.resolve({ items: [] }),
    [partnerCode, programKey],
  );
  if (programs.error) return <ErrorNotice message={programs.error.message} onRetry={programs.reload} />;
  if (!programs.data) return <Loading />;
  const catalog = programs.data;

  const submit = form.handleSubmit((values) => {
    setUnplaced([]);
    save.mutate(values);
  });
  const message = save.error instanceof CheckFailed ? 'Check the amounts' : save.error?.message;
  return (
    <section className="page">
      {question}
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/capacity-building">Section 333 and BPC</Link>
        <span aria-hidden="true">/</span>
        <span>New proposal</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>New proposal</h1>
          <p className="page-sub">What the 10 U.S.C. 333(e) notice will name: the unit, the purposes, the items, the money</p>
        </div>
      </header>
      <form className="form card" onSubmit={submit} aria-label="New proposal" noValidate>
        <FormError message={message} extra={unplaced} />
        <div className="form-grid form-grid-3">
          <Field label="Program" error={errors.programKey?.message}>
            {(control) => (
              <select {...control} {...register('programKey')}>
                {catalog.programs
                  .filter((p) => p.active)
                  .map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label="Partner" error={errors.partnerCode?.message} hint="Customer code, e.g. JO">
            {(control) => <input {...control} maxLength={3} {...register('partnerCode')} />}
          </Field>
          <Field label="Program code" error={errors.programCode?.message} hint="In place of the country code in the BPC case identifier">
            {(control) => (
              <select {...control} {...register('programCode')}>
                <option value="">(choose later)</option>
                {(program?.codes ?? []).map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code}
                    {c.fiscalYear ? ` (FY${c.fiscalYear})` : ''}
                    {c.semiPermanent ? ' semi-permanent' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Title" className="span-2" error={errors.title?.message}>
            {(control) => <input {...control} {...register('title')} />}
          </Field>
          <Field label="Recipient unit" error={errors.recipientUnit?.message} hint="333(e)">
            {(control) => <input {...control} {...register('recipientUnit')} />}
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>Purposes ({catalog.purposesSource})</legend>
          {errors.purposes?.message && <p className="field-error">{errors.purposes.message}</p>}
          <div className="form-grid form-grid-3">
            {catalog.purposes.map((p) => (
              <label key={p.key} className="checkbox">
                <input type="checkbox" value={p.key} {...register('purposes')} /> {p.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-grid form-grid-2">
          {TEXTS.map(([key, label, hint, max]) => (
            <Field key={key} label={label} hint={hint} error={errors[key]?.message}>
              {(control) => (
                <>
                  <textarea
                    {...control}
                    aria-describedby={[control['aria-describedby'], `${control.id}-count`].filter(Boolean).join(' ')}
                    rows={3}
                    {...register(key)}
                  />
                  <CharCount id={`${control.id}-count`} length={watch(key).length} max={max} />
                </>
              )}
            </Field>
          ))}
          <Field label="Links to campaign plans" hint="333(e); one per line" error={errors.campaignPlans?.message}>
            {(control) => <textarea {...control} rows={3} {...register('campaignPlans')} />}
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>Equipment, training and services requested</legend>
          {items.fields.map((row, i) => (
            <div className="form-grid form-grid-4" key={row.id}>
              <Field label={`Item ${i + 1}: kind`} error={errors.items?.[i]?.kind?.message}>
                {(control) => (
                  <select {...control} {...register(`items.${i}.kind`)}>
                    <option value="equipment">Equipment</option>
                    <option value="training">Training</option>
                    <option value="services">Services</option>
                  </select>
                )}
              </Field>
              <Field label={`Item ${i + 1}: description`} error={errors.items?.[i]?.description?.message}>
                {(control) => <input {...control} {...register(`items.${i}.description`)} />}
              </Field>
              <Field label={`Item ${i + 1}: quantity`} error={errors.items?.[i]?.quantity?.message}>
                {(control) => <input {...control} inputMode="numeric" {...register(`items.${i}.quantity`)} />}
              </Field>
              <Field label={`Item ${i + 1}: cost (US$)`} error={errors.items?.[i]?.cost?.message}>
                {(control) => <input {...control} inputMode="decimal" {...register(`items.${i}.cost`)} />}
              </Field>
            </div>
          ))}
          {errors.items?.message && <p className="field-error">{errors.items.message}</p>}
          <div className="form-actions">
            <button type="button" className="button button-small" onClick={() => items.append(emptyItem())}>
              Add an item
            </button>
            {items.fields.length > 1 && (
              <button type="button" className="button button-small" onClick={() => items.remove(items.fields.length - 1)}>
                Remove the last item
              </button>
            )}
          </div>
        </fieldset>
        <div className="form-grid form-grid-3">
          <Field label="Cost estimate (US$)" error={errors.cost?.message}>
            {(control) => <input {...control} inputMode="decimal" {...register('cost')} />}
          </Field>
          <Field label="Small-scale construction (US$)" error={errors.construction?.message} hint="At most $2,000,000 (DSCA 25-03)">
            {(control) => <input {...control} inputMode="decimal" {...register('construction')} />}
          </Field>
          {construction.trim() !== '' &&
            SITE.map(([key, label]) => (
              <Field key={key} label={label} hint="Required in the notice above $750,000 (DSCA 25-03)" error={errors.site?.[key]?.message}>
                {(control) => <input {...control} {...register(`site.${key}`)} />}
              </Field>
            ))}
          <Field label="Fiscal year" error={errors.fiscalYear?.message}>
            {(control) => <input {...control} inputMode="numeric" {...register('fiscalYear')} />}
          </Field>
          <Field label="Appropriation" error={errors.appropriationId?.message} hint="The funds area’s money for this partner and program">
            {(control) => (
              <select {...control} {...register('appropriationId')}>
                <option value="">(choose later)</option>
                {(money.data?.items ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} (FY{a.fiscalYear})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending || leaving !== null}>
            {save.isPending ? 'Saving…' : 'Create the proposal'}
          </button>
          <button type="button" className="button" onClick={() => setLeaving('/capacity-building')}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
